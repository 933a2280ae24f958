namespace PaperGraph.Query.Merges;

/// <summary>
/// Names that are one once every word is singular: keys singularise only the last word, so "graphs neural network"
/// and "graph neural networks" stay two nodes.
/// </summary>
public sealed class PluralSingularCandidates : IMergeCandidateGenerator
{
    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (_, nodes) in scope.ByKind)
        {
            var groups = nodes.GroupBy(node => string.Join(' ', scope.Words(node).Select(MergeScope.Singular)), StringComparer.Ordinal);
            foreach (var group in groups.Where(group => group.Count() > 1))
            {
                var members = group.DistinctBy(scope.NameKey).ToList();
                for (var i = 1; i < members.Count; i++)
                {
                    yield return new ProposedMerge(members[0], members[i], $"plural and singular: '{members[0].Name}' and '{members[i].Name}'", 0.85);
                }
            }
        }
    }
}
