using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Merges;

/// <summary>
/// Names a letter or two apart ("Transfomer" / "Transformer") or sharing most of their words ("graph neural network"
/// / "graph neural network model"). Never all pairs: names are compared only within a block, the names of one kind
/// that share a word, or for one-word names the first three letters; a block larger than <see cref="MaxBlock"/> is a
/// common word ("learning", "network") and says nothing, so it is skipped.
/// </summary>
public sealed class NearDuplicateCandidates : IMergeCandidateGenerator
{
    private const int MaxBlock = 200;
    private const double MinEditSimilarity = 0.85;
    private const double MinWordOverlap = 0.75;

    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (_, nodes) in scope.ByKind)
        {
            var words = nodes.ToDictionary(node => node, node => MergeScope.Words(node).Select(MergeScope.Singular).ToHashSet(StringComparer.Ordinal));
            var blocks = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                var blockKeys = words[node].Count == 1 ? [node.Key.Length >= 3 ? "^" + node.Key[..3] : "^" + node.Key] : words[node].Where(word => word.Length >= 3);
                foreach (var blockKey in blockKeys)
                {
                    if (!blocks.TryGetValue(blockKey, out var block))
                    {
                        blocks[blockKey] = block = [];
                    }
                    block.Add(node);
                }
            }
            var seen = new HashSet<(int, int)>();
            foreach (var (_, block) in blocks.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                scope.Cancellation.ThrowIfCancellationRequested();
                if (block.Count < 2 || block.Count > MaxBlock)
                {
                    continue;
                }
                for (var i = 0; i < block.Count; i++)
                {
                    for (var j = i + 1; j < block.Count; j++)
                    {
                        var (a, b) = (block[i], block[j]);
                        if (!seen.Add((Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id))) || Score(a, b, words[a], words[b]) is not { } found)
                        {
                            continue;
                        }
                        yield return new ProposedMerge(a, b, found.Reason, found.Score);
                    }
                }
            }
        }
    }

    internal static (double Score, string Reason)? Score(GraphNode a, GraphNode b, HashSet<string> wordsA, HashSet<string> wordsB)
    {
        // "CIFAR-10" / "CIFAR-100", "ResNet-50" / "ResNet-101", "GPT-3" / "GPT-4": numbers name different things.
        if (!SameNumbers(a, b))
        {
            return null;
        }
        var longer = Math.Max(a.Key.Length, b.Key.Length);
        if (longer >= 6)
        {
            var bound = (int)Math.Floor(longer * (1 - MinEditSimilarity)) + 1;
            var distance = EditDistance.Levenshtein(a.Key, b.Key, bound);
            if (distance < bound)
            {
                var similarity = 1 - (double)distance / longer;
                return (0.5 + 0.3 * similarity, $"near-duplicate names: '{a.Name}' and '{b.Name}' are {distance} edit(s) apart");
            }
        }
        if (wordsA.Count >= 2 && wordsB.Count >= 2)
        {
            var shared = wordsA.Count(wordsB.Contains);
            var overlap = (double)shared / (wordsA.Count + wordsB.Count - shared);
            if (overlap >= MinWordOverlap)
            {
                return (0.5 + 0.3 * overlap, $"near-duplicate names: '{a.Name}' and '{b.Name}' share {shared} of their words");
            }
        }
        return null;
    }

    /// <summary>"CIFAR-10" / "CIFAR-100", "ResNet-50" / "ResNet-34": names with different numbers name different things.</summary>
    internal static bool SameNumbers(GraphNode a, GraphNode b) => Digits(a.Key).SequenceEqual(Digits(b.Key));

    private static IEnumerable<string> Digits(string key) =>
        key.Split(' ').Select(word => new string(word.Where(char.IsDigit).ToArray())).Where(digits => digits.Length > 0);
}
