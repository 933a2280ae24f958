using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Merges;

/// <summary>
/// Names a letter or two apart ("Transfomer" / "Transformer") or sharing most of their words ("graph neural network"
/// / "graph neural network model"). Never all pairs: names of one kind are compared only within blocks. For edit
/// distance a block is the names that begin, or end, with the same four letters (a typo or two rarely touches both
/// ends). For shared words it is prefix filtering: with each name's words ordered rarest first, two names that share
/// three quarters of their words must share one of the first |words| − ⌈¾·|words|⌉ + 1 of them, so each name is
/// blocked under those only, and those are rare words with small blocks. A block larger than <see cref="MaxBlock"/>
/// (a very common prefix) is skipped. On a 100k-paper synthetic graph (125k entities) this compares a few million pairs.
/// </summary>
public sealed class NearDuplicateCandidates : IMergeCandidateGenerator
{
    private const int MaxBlock = 300;
    private const int EndLength = 4;
    private const double MinEditSimilarity = 0.85;
    private const double MinWordOverlap = 0.75;

    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        foreach (var (_, all) in scope.ByKind)
        {
            // One node per name: the senses of a name kept apart are one name here (the first sense, by key, stands
            // for it), so their blocks are no larger and a near-duplicate of the name is proposed once, not per sense.
            var nodes = all.DistinctBy(scope.NameKey).ToList();
            var words = nodes.ToDictionary(node => node, node => scope.Words(node).Select(MergeScope.Singular).ToHashSet(StringComparer.Ordinal));
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in words.Values.SelectMany(set => set))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
            var blocks = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                foreach (var blockKey in BlockKeys(scope.NameKey(node), words[node], frequency))
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
                        if (!seen.Add((Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id))) || Score(a, b, scope.NameKey(a), scope.NameKey(b), words[a], words[b]) is not { } found)
                        {
                            continue;
                        }
                        yield return new ProposedMerge(a, b, found.Reason, found.Score);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> BlockKeys(string nameKey, HashSet<string> words, Dictionary<string, int> frequency)
    {
        var compact = nameKey.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length >= 6)
        {
            yield return "^" + compact[..EndLength];
            yield return "$" + compact[^EndLength..];
        }
        if (words.Count >= 2)
        {
            var prefix = words.Count - (int)Math.Ceiling(MinWordOverlap * words.Count) + 1;
            foreach (var word in words.OrderBy(word => frequency[word]).ThenBy(word => word, StringComparer.Ordinal).Take(prefix))
            {
                yield return " " + word;
            }
        }
    }

    internal static (double Score, string Reason)? Score(GraphNode a, GraphNode b, string keyA, string keyB, HashSet<string> wordsA, HashSet<string> wordsB)
    {
        // One name's senses (homonyms kept apart) are the homonym generator's.
        if (keyA == keyB)
        {
            return null;
        }
        // "CIFAR-10" / "CIFAR-100", "ResNet-50" / "ResNet-101", "GPT-3" / "GPT-4": numbers name different things.
        if (!SameNumbers(keyA, keyB))
        {
            return null;
        }
        var longer = Math.Max(keyA.Length, keyB.Length);
        if (longer >= 6)
        {
            var bound = (int)Math.Floor(longer * (1 - MinEditSimilarity)) + 1;
            var distance = EditDistance.Levenshtein(keyA, keyB, bound);
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
    internal static bool SameNumbers(string keyA, string keyB) => Digits(keyA).SequenceEqual(Digits(keyB));

    private static IEnumerable<string> Digits(string key) =>
        key.Split(' ').Select(word => new string(word.Where(char.IsDigit).ToArray())).Where(digits => digits.Length > 0);
}
