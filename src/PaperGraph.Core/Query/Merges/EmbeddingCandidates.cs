using System.Numerics;
using PaperGraph.Graph;

namespace PaperGraph.Query.Merges;

/// <summary>
/// Names that mean the same in other words ("image segmentation" / "segmenting images"): cosine similarity of
/// sentence embeddings, within a kind. Each name is embedded once, in batches; each is compared with every other
/// embedded name of its kind, so the names embedded are capped: those with words (<see cref="HasWords"/>) and with at least <see cref="MinPapers"/> papers,
/// the most-mentioned first, at most <see cref="MaxPerKind"/> of a kind (a 100k-entity graph embeds ~4 × that, not
/// all, and compares ~MaxPerKind² / 2 pairs a kind with SIMD dot products).
/// </summary>
public sealed class EmbeddingCandidates(ISentenceEmbedder embedder, int maxPerKind = 2000, int minPapers = 1, double minSimilarity = 0.8) : IMergeCandidateGenerator
{
    private const int BatchSize = 64;

    public int MaxPerKind => maxPerKind;
    public int MinPapers => minPapers;

    /// <summary>Called with how many names are embedded so far and in all; progress on stderr.</summary>
    public Action<int, int>? Progress { get; init; }

    public IEnumerable<ProposedMerge> Propose(MergeScope scope)
    {
        var chosen = scope.ByKind.ToDictionary(pair => pair.Key, pair => pair.Value
            .Where(node => node.PaperCount >= minPapers && HasWords(scope.NameKey(node)))
            .OrderByDescending(node => node.PaperCount).ThenBy(node => node.Key, StringComparer.Ordinal)
            .Take(maxPerKind).ToList());
        var all = chosen.SelectMany(pair => pair.Value).ToList();
        var vectors = new Dictionary<GraphNode, float[]>(all.Count);
        for (var start = 0; start < all.Count; start += BatchSize)
        {
            scope.Cancellation.ThrowIfCancellationRequested();
            var batch = all.Skip(start).Take(BatchSize).ToList();
            // The name key: case and hyphens folded (the encoder lower-cases anyway), and a homonym's paper context left out.
            var embedded = embedder.Embed(batch.Select(scope.NameKey).ToList(), scope.Cancellation);
            for (var i = 0; i < batch.Count; i++)
            {
                vectors[batch[i]] = embedded[i];
            }
            Progress?.Invoke(start + batch.Count, all.Count);
        }
        var proposals = new List<ProposedMerge>();
        foreach (var (_, nodes) in chosen.OrderBy(pair => pair.Key))
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                scope.Cancellation.ThrowIfCancellationRequested();
                var a = vectors[nodes[i]];
                for (var j = i + 1; j < nodes.Count; j++)
                {
                    var similarity = Dot(a, vectors[nodes[j]]);
                    if (similarity >= minSimilarity && scope.NameKey(nodes[i]) != scope.NameKey(nodes[j]) && NearDuplicateCandidates.SameNumbers(scope.NameKey(nodes[i]), scope.NameKey(nodes[j])))
                    {
                        proposals.Add(new ProposedMerge(nodes[i], nodes[j],
                            $"same meaning in other words: '{nodes[i].Name}' and '{nodes[j].Name}' (sentence-embedding cosine {similarity:0.00})",
                            Math.Clamp(similarity, 0, 1) * 0.9));
                    }
                }
            }
        }
        return proposals;
    }

    /// <summary>
    /// Only names with words to compare: two words or more, or one of six letters or more. Acronyms ("DM", "T5") carry
    /// no meaning an encoder can see, and the acronym generator pairs them with their long forms.
    /// </summary>
    internal static bool HasWords(string nameKey) => nameKey.Contains(' ') ? nameKey.Count(char.IsLetter) >= 4 : nameKey.Count(char.IsLetter) >= 6;

    internal static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }
}
