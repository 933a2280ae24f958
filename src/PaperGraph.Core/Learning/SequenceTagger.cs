using System.Runtime.Intrinsics;

namespace PaperGraph.Learning;

/// <summary>
/// A first-order linear-chain tagger (structured perceptron, Collins 2002): per-token scores of every BIO tag from
/// <see cref="TokenFeatures"/>, tag-to-tag transition scores, and the best sequence by Viterbi.
/// </summary>
internal sealed class SequenceTagger
{
    private readonly LinearWeights _emissions;
    private readonly float[] _transitions;

    /// <param name="emissions">Per-token tag scores of each feature.</param>
    /// <param name="transitions">(Count + 1) × Count scores: row <c>p</c> is the previous tag, the last row the start.</param>
    public SequenceTagger(LinearWeights emissions, float[] transitions)
    {
        _emissions = emissions;
        _transitions = transitions;
        _constrained = Constrain(transitions);
    }

    /// <summary>The transitions with forbidden ones (an inside tag after another entity) at minus infinity, for decoding.</summary>
    private readonly float[] _constrained;

    public LinearWeights Emissions => _emissions;
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The best tag of every token of a section; the per-token tag scores are kept on the section's facts.</summary>
    public int[] Tag(DocumentFacts document, SectionFacts section)
    {
        var scores = Score(document, section);
        section.TagScores = scores;
        return Viterbi(scores, section.Lower.Length, _constrained);
    }

    /// <summary>Every token's score of every tag (count × <see cref="TagScheme.Count"/>), before transitions.</summary>
    /// <remarks>
    /// Half of a token's features depend on one word type alone (the word, its neighbours, its window): their summed rows
    /// come from a per-thread cache of word types, so a token costs one cache lookup for them instead of a dozen probes
    /// of the weight table. The sums are the same as feature by feature, up to float rounding.
    /// </remarks>
    public float[] Score(DocumentFacts document, SectionFacts section)
    {
        const int tags = TagScheme.Count;
        var count = section.Lower.Length;
        var scores = new float[count * tags];
        // Pooled: only the scores outlive the call (kept on the section).
        var types = System.Buffers.ArrayPool<float[]>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            types[i] = WordType(section.Exact[i], section.Lower[i], section.Shape[i], section.Prefix[i], section.Suffix[i]);
        }
        var boundary = _boundary;
        Span<ulong> features = stackalloc ulong[TokenFeatures.MaxPerToken];
        for (var i = 0; i < count; i++)
        {
            var row = scores.AsSpan(i * tags, tags);
            Add(row, types[i], WordTypeRole.Self);
            Add(row, i >= 1 ? types[i - 1] : boundary, WordTypeRole.Previous);
            Add(row, i + 1 < count ? types[i + 1] : boundary, WordTypeRole.Next);
            Add(row, i >= 2 ? types[i - 2] : boundary, WordTypeRole.SecondPrevious);
            Add(row, i + 2 < count ? types[i + 2] : boundary, WordTypeRole.SecondNext);
            for (var d = 3; d <= 5 && i - d >= 0; d++)
            {
                Add(row, types[i - d], WordTypeRole.LeftWindow);
            }
            for (var d = 3; d <= 4 && i + d < count; d++)
            {
                Add(row, types[i + d], WordTypeRole.RightWindow);
            }
            var n = TokenFeatures.Extract(document, section, i, features, withWordTypeFeatures: false);
            _emissions.AddAll(features[..n], row);
        }
        System.Buffers.ArrayPool<float[]>.Shared.Return(types, clearArray: true);
        return scores;
    }

    private const int RoleCount = 7;
    private const int MaxCachedWordTypes = 20_000;

    private static void Add(Span<float> row, float[] type, WordTypeRole role)
    {
        ScoreRows.Add(row, type.AsSpan((int)role * TagScheme.Count, TagScheme.Count));
    }

    // Per thread, for the tagger that last used it: extraction threads each keep their own, with no locking.
    [ThreadStatic]
    private static Dictionary<ulong, float[]>? t_wordTypes;

    /// <summary>The generation before <see cref="t_wordTypes"/> filled up: its types move back on their next use.</summary>
    [ThreadStatic]
    private static Dictionary<ulong, float[]>? t_olderWordTypes;

    [ThreadStatic]
    private static SequenceTagger? t_wordTypesOwner;
    private float[]? _boundaryRows;
    private float[] _boundary => _boundaryRows ??= Rows(TokenFeatures.BoundaryHash, TokenFeatures.BoundaryHash, TokenFeatures.BoundaryHash, TokenFeatures.BoundaryHash, TokenFeatures.BoundaryHash);

    /// <summary>The summed rows of one word type in every role, from this thread's cache.</summary>
    /// <remarks>
    /// Two generations bound the cache: when the current one is full it becomes the older one and the oldest is
    /// dropped, so the common words of a large corpus stay cached instead of being recomputed after every clear.
    /// </remarks>
    private float[] WordType(ulong exact, ulong lower, ulong shape, ulong prefix, ulong suffix)
    {
        if (!ReferenceEquals(t_wordTypesOwner, this) || t_wordTypes is null)
        {
            t_wordTypes = new Dictionary<ulong, float[]>();
            t_olderWordTypes = null;
            t_wordTypesOwner = this;
        }
        var cache = t_wordTypes;
        if (cache.TryGetValue(exact, out var rows))
        {
            return rows;
        }
        if (cache.Count >= MaxCachedWordTypes)
        {
            // The oldest generation's tables are reused for the new one: no fresh large arrays for the GC to collect.
            var recycled = t_olderWordTypes ?? new Dictionary<ulong, float[]>(MaxCachedWordTypes);
            recycled.Clear();
            t_olderWordTypes = cache;
            t_wordTypes = cache = recycled;
        }
        if (t_olderWordTypes is null || !t_olderWordTypes.TryGetValue(exact, out rows))
        {
            rows = Rows(lower, exact, shape, prefix, suffix);
        }
        cache[exact] = rows;
        return rows;
    }

    private float[] Rows(ulong lower, ulong exact, ulong shape, ulong prefix, ulong suffix)
    {
        var rows = new float[RoleCount * TagScheme.Count];
        Span<ulong> features = stackalloc ulong[8];
        for (var role = 0; role < RoleCount; role++)
        {
            var n = TokenFeatures.WordTypeFeatures((WordTypeRole)role, lower, exact, shape, prefix, suffix, features);
            var part = rows.AsSpan(role * TagScheme.Count, TagScheme.Count);
            foreach (var feature in features[..n])
            {
                _emissions.AddTo(feature, part);
            }
        }
        return rows;
    }

    /// <summary>A copy of the transitions where every tag pair <see cref="TagScheme.IsAllowed"/> forbids scores minus infinity.</summary>
    public static float[] Constrain(ReadOnlySpan<float> transitions)
    {
        const int tags = TagScheme.Count;
        var constrained = transitions.ToArray();
        for (var p = 0; p <= tags; p++)
        {
            for (var t = 0; t < tags; t++)
            {
                if (!TagScheme.IsAllowed(p == tags ? TagScheme.Outside : p, t))
                {
                    constrained[p * tags + t] = float.NegativeInfinity;
                }
            }
        }
        return constrained;
    }

    /// <summary>The highest-scoring tag sequence for per-token scores and transitions already constrained by <see cref="Constrain"/>.</summary>
    public static int[] Viterbi(ReadOnlySpan<float> scores, int count, ReadOnlySpan<float> transitions)
    {
        const int tags = TagScheme.Count;
        var result = new int[count];
        if (count == 0)
        {
            return result;
        }
        // Both tables are pooled: every entry read is written first, and fresh ones per section were a tenth of
        // extraction's allocations.
        var best = System.Buffers.ArrayPool<float>.Shared.Rent(count * tags);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(count * tags);
        for (var t = 0; t < tags; t++)
        {
            best[t] = scores[t] + transitions[tags * tags + t];
        }
        for (var i = 1; i < count; i++)
        {
            var t = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Eight current tags at once: the same sums and the same strict comparison in the same order of
                // previous tags as the scalar loop below, so the same path, tie for tie.
                for (; t + Vector256<float>.Count <= tags; t += Vector256<float>.Count)
                {
                    var bestScore = Vector256.Create(float.NegativeInfinity);
                    var bestPrevious = Vector256<int>.Zero;
                    for (var p = 0; p < tags; p++)
                    {
                        var score = Vector256.Create(best[(i - 1) * tags + p]) + Vector256.Create(transitions.Slice(p * tags + t, Vector256<float>.Count));
                        var better = Vector256.GreaterThan(score, bestScore);
                        bestScore = Vector256.ConditionalSelect(better, score, bestScore);
                        bestPrevious = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), bestPrevious);
                    }
                    (bestScore + Vector256.Create(scores.Slice(i * tags + t, Vector256<float>.Count))).CopyTo(best.AsSpan(i * tags + t));
                    bestPrevious.CopyTo(back.AsSpan(i * tags + t));
                }
            }
            for (; t < tags; t++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < tags; p++)
                {
                    var score = best[(i - 1) * tags + p] + transitions[p * tags + t];
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestPrevious = p;
                    }
                }
                best[i * tags + t] = bestScore + scores[i * tags + t];
                back[i * tags + t] = bestPrevious;
            }
        }
        var last = 0;
        for (var t = 1; t < tags; t++)
        {
            if (best[(count - 1) * tags + t] > best[(count - 1) * tags + last])
            {
                last = t;
            }
        }
        for (var i = count - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[i * tags + last];
        }
        System.Buffers.ArrayPool<float>.Shared.Return(best);
        System.Buffers.ArrayPool<int>.Shared.Return(back);
        return result;
    }
}
