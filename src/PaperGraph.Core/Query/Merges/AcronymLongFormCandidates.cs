using PaperGraph.Graph;

namespace PaperGraph.Query.Merges;

/// <summary>
/// An acronym and its long form kept as two nodes: one node's long form is another's name ("LoRA", long form
/// "low-rank adaptation", beside a node "low-rank adaptation"), or a short capitalised name spells the initials of
/// another's words ("GNN" and "graph neural network").
/// </summary>
public sealed class AcronymLongFormCandidates : IMergeCandidateGenerator
{
    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (_, nodes) in scope.ByKind)
        {
            var byKey = MergeScope.FirstByKey(nodes);
            var byInitials = nodes.Where(node => scope.Words(node).Length >= 2)
                .ToLookup(node => Initials(scope.Words(node)), StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (node.LongForm is { } longForm && byKey.TryGetValue(MergeScope.KeyOf(longForm), out var other) && other != node)
                {
                    yield return new ProposedMerge(node, other, $"acronym and long form: '{node.Name}' stands for '{longForm}' in its papers", 0.95);
                }
                if (AcronymOf(scope.BareName(node)) is { } acronym)
                {
                    foreach (var spelled in byInitials[acronym])
                    {
                        if (spelled != node && !string.Equals(spelled.LongForm, node.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            yield return new ProposedMerge(node, spelled, $"acronym and long form: '{node.Name}' spells the initials of '{spelled.Name}'", 0.8);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The lower-case letters of a name written as an acronym (2–8 letters, at least two capitals, one word), or null.</summary>
    internal static string? AcronymOf(string written)
    {
        var name = written.Trim();
        if (name.Length is < 2 or > 10 || name.Contains(' ') || name.Count(char.IsUpper) < 2)
        {
            return null;
        }
        var letters = new string(name.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        // "GANs", "CNNs": the plural s is no initial.
        if (letters.Length > 2 && name.EndsWith('s'))
        {
            letters = letters[..^1];
        }
        return letters.Length is >= 2 and <= 8 ? letters : null;
    }

    private static string Initials(string[] words) => new(words.Where(word => char.IsLetter(word[0])).Select(word => word[0]).ToArray());
}
