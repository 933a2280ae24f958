namespace PaperGraph.Learning;

/// <summary>
/// The frozen weights of a linear multi-class model: for each feature hash, one row of class weights.
/// </summary>
/// <remarks>
/// An open-addressing table of feature hashes pointing at packed rows, so scoring a feature is one probe and one
/// contiguous read of a few floats; features never seen in training cost a probe and nothing else.
/// </remarks>
internal sealed class LinearWeights
{
    /// <summary>Feature hash and row index side by side: one cache line read per probe, not two.</summary>
    private readonly Slot[] _slots;
    private readonly float[] _weights;

    private struct Slot
    {
        public ulong Key;
        public int Row;
    }
    private readonly int _shift;

    public LinearWeights(int classCount, IReadOnlyList<(ulong Feature, float[] Row)> rows)
    {
        ClassCount = classCount;
        var capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity *= 2;
        }
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _slots = new Slot[capacity];
        _weights = new float[rows.Count * classCount];
        for (var r = 0; r < rows.Count; r++)
        {
            var (feature, row) = rows[r];
            var slot = SlotOf(feature);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = new Slot { Key = feature, Row = r };
            row.AsSpan(0, classCount).CopyTo(_weights.AsSpan(r * classCount, classCount));
        }
        FeatureCount = rows.Count;
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }

    /// <summary>Adds the feature's row to <paramref name="scores"/>; an unknown feature adds nothing.</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = SlotOf(feature);
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            var key = entry.Key;
            if (key == feature)
            {
                ScoreRows.Add(scores, _weights.AsSpan(entry.Row * ClassCount, ClassCount));
                return;
            }
            if (key == 0)
            {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Adds the rows of every feature to <paramref name="scores"/>, in the order given, so the sums are exactly those of
    /// <see cref="AddTo"/> feature by feature.
    /// </summary>
    /// <remarks>
    /// The table is megabytes and every probe lands somewhere new, so feature by feature each probe waits on a cache miss
    /// before the next begins. Here every slot is prefetched first, then every hit's row, so the misses of one token
    /// overlap instead of queueing (a profile of extraction put 22 % of its time in the one-by-one probes, 16 % after).
    /// </remarks>
    public void AddAll(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var weights = _weights;
        var classes = ClassCount;
        var mask = slots.Length - 1;
        Span<int> at = stackalloc int[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            var slot = SlotOf(features[f]);
            at[f] = slot;
            Prefetch(ref slots[slot]);
        }
        var found = 0;
        for (var f = 0; f < features.Length; f++)
        {
            var feature = features[f];
            var slot = at[f];
            while (true)
            {
                var key = slots[slot].Key;
                if (key == feature)
                {
                    var start = slots[slot].Row * classes;
                    at[found++] = start;
                    Prefetch(ref weights[start]);
                    break;
                }
                if (key == 0)
                {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        foreach (var start in at[..found])
        {
            ScoreRows.Add(scores, weights.AsSpan(start, classes));
        }
    }

    private static unsafe void Prefetch<T>(ref T location)
        where T : unmanaged
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (T* pointer = &location)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(pointer);
            }
        }
    }

    /// <summary>Every row in the order they were given (the model file's order).</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Row)> Rows()
    {
        var byRow = new ulong[FeatureCount];
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                byRow[slot.Row] = slot.Key;
            }
        }
        for (var r = 0; r < FeatureCount; r++)
        {
            yield return (byRow[r], _weights.AsMemory(r * ClassCount, ClassCount));
        }
    }

    private int SlotOf(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> _shift);
}
