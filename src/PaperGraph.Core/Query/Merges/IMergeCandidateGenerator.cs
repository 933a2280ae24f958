namespace PaperGraph.Query.Merges;

/// <summary>One way of finding names that may be one entity; each looks only within a kind and never at all pairs.</summary>
public interface IMergeCandidateGenerator
{
    IEnumerable<ProposedMerge> Propose(MergeScope scope);
}
