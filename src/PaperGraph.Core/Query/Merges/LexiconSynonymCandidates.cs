using PaperGraph.Graph;
using PaperGraph.Graph.Building;
using PaperGraph.Model;

namespace PaperGraph.Query.Merges;

/// <summary>
/// Nodes that one lexicon entry names by different forms (its name, long form, synonyms, acronyms): the curated
/// lexicon and the Papers with Code entries (pwc-*.yaml, built in) and any --lexicon files. The builder binds a
/// mention to an entry only where the form is matched in text, so a form it met under another spelling stays apart.
/// </summary>
public sealed class LexiconSynonymCandidates : IMergeCandidateGenerator
{
    /// <summary>An entry that names more nodes than this is a broad family, not a synonym set.</summary>
    private const int MaxNodesPerEntry = 6;

    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        var byKey = scope.ByKind.ToDictionary(pair => pair.Key, pair => MergeScope.FirstByKey(pair.Value));
        foreach (var entry in scope.Lexicon.Entries)
        {
            if (entry.IsTaxonomyOnly || !byKey.TryGetValue(entry.Kind, out var nodes))
            {
                continue;
            }
            var named = entry.SurfaceForms.Select(MergeScope.KeyOf).Distinct(StringComparer.Ordinal)
                .Select(key => nodes.GetValueOrDefault(key)).OfType<GraphNode>().Distinct().OrderBy(node => node.Key, StringComparer.Ordinal).ToList();
            if (named.Count is < 2 or > MaxNodesPerEntry)
            {
                continue;
            }
            var source = entry.Origin.Contains("pwc", StringComparison.OrdinalIgnoreCase) ? "Papers with Code" : "the lexicon";
            var first = named.FirstOrDefault(node => node.Key == entry.Key) ?? named[0];
            foreach (var other in named.Where(node => node != first))
            {
                yield return new ProposedMerge(first, other, $"synonyms in {source}: '{entry.Name}' is also written '{other.Name}'", 0.9);
            }
        }
    }
}
