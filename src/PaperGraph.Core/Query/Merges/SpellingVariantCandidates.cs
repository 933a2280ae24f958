namespace PaperGraph.Query.Merges;

/// <summary>
/// Names that differ only in where words break: "pre-training" and "pretraining", "Mix Up" and "MixUp". Keys already
/// fold case and hyphen-versus-space, so what is left is a hyphen or space against nothing.
/// </summary>
public sealed class SpellingVariantCandidates : IMergeCandidateGenerator
{
    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (_, nodes) in scope.ByKind)
        {
            foreach (var group in nodes.GroupBy(node => scope.NameKey(node).Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                // Senses of one name kept apart are the homonym generator's, not spelling variants.
                var members = group.DistinctBy(scope.NameKey).ToList();
                for (var i = 1; i < members.Count; i++)
                {
                    yield return new ProposedMerge(members[0], members[i], $"spelling variants: '{members[0].Name}' and '{members[i].Name}' differ only in hyphens or spaces", 0.9);
                }
            }
        }
    }
}
