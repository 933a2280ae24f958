namespace PaperGraph.Learning;

/// <summary>
/// Trains a multi-class linear model by the averaged perceptron (Collins 2002): mistakes move the weights, and the
/// model kept is the average of the weights over every step, which generalises far better than the last ones.
/// </summary>
/// <remarks>Deterministic: the same examples in the same order give the same weights, bit for bit.</remarks>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _features = [];
    private float[] _weights = new float[1024];
    private double[] _accumulated = new double[1024];
    private long _step = 1;

    public AveragedPerceptron(int classCount) => ClassCount = classCount;

    public int ClassCount { get; }

    /// <summary>Moves on one example: later updates count for less in the average.</summary>
    public void Tick() => _step++;

    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rowOf.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * ClassCount, ClassCount);
                for (var c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int goodClass, int badClass, float amount = 1f)
    {
        foreach (var feature in features)
        {
            Update(feature, goodClass, amount);
            Update(feature, badClass, -amount);
        }
    }

    public void Update(ulong feature, int @class, float amount)
    {
        if (!_rowOf.TryGetValue(feature, out var row))
        {
            row = _features.Count;
            _rowOf.Add(feature, row);
            _features.Add(feature);
            var needed = (row + 1) * ClassCount;
            if (needed > _weights.Length)
            {
                Array.Resize(ref _weights, Math.Max(needed, _weights.Length * 2));
                Array.Resize(ref _accumulated, _weights.Length);
            }
        }
        var index = row * ClassCount + @class;
        _weights[index] += amount;
        _accumulated[index] += _step * (double)amount;
    }

    /// <summary>The averaged weights; rows whose weights all round to nothing are left out.</summary>
    public LinearWeights Freeze(float threshold = 1e-4f)
    {
        var rows = new List<(ulong, float[])>(_features.Count);
        for (var r = 0; r < _features.Count; r++)
        {
            var row = new float[ClassCount];
            var keep = false;
            for (var c = 0; c < ClassCount; c++)
            {
                var index = r * ClassCount + c;
                var averaged = (float)(_weights[index] - _accumulated[index] / _step);
                row[c] = averaged;
                keep |= Math.Abs(averaged) >= threshold;
            }
            if (keep)
            {
                rows.Add((_features[r], row));
            }
        }
        return new LinearWeights(ClassCount, rows);
    }
}
