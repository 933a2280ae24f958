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
    public float[] Score(DocumentFacts document, SectionFacts section)
    {
        var count = section.Lower.Length;
        var scores = new float[count * TagScheme.Count];
        Span<ulong> features = stackalloc ulong[TokenFeatures.MaxPerToken];
        for (var i = 0; i < count; i++)
        {
            var n = TokenFeatures.Extract(document, section, i, features);
            var row = scores.AsSpan(i * TagScheme.Count, TagScheme.Count);
            foreach (var feature in features[..n])
            {
                _emissions.AddTo(feature, row);
            }
        }
        return scores;
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
        var best = new float[count * tags];
        var back = new int[count * tags];
        for (var t = 0; t < tags; t++)
        {
            best[t] = scores[t] + transitions[tags * tags + t];
        }
        for (var i = 1; i < count; i++)
        {
            for (var t = 0; t < tags; t++)
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
        return result;
    }
}
