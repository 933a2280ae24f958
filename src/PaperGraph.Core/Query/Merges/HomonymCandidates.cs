using PaperGraph.Graph;

namespace PaperGraph.Query.Merges;

/// <summary>
/// One name that different papers propose, kept as separate nodes by the builder (<see cref="KnowledgeGraph.KeptApart"/>):
/// most are different things that share a name, so the score is low; accept to merge them, reject to keep them apart for good.
/// </summary>
public sealed class HomonymCandidates : IMergeCandidateGenerator
{
    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (kept, senses) in scope.Graph.KeptApart.Zip(scope.Graph.SensesKeptApart))
        {
            for (var i = 1; i < senses.Length; i++)
            {
                yield return new ProposedMerge(senses[0], senses[i], $"same name proposed by different papers: '{kept.Name}' ({kept.Reason})", 0.3);
            }
        }
    }
}
