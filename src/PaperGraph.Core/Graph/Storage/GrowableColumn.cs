namespace PaperGraph.Graph.Storage;

/// <summary>
/// A column being filled: values appended to fixed-size chunks, frozen into one exact-size array.
/// </summary>
/// <remarks>
/// A <see cref="List{T}"/> grows by doubling, so at a million papers each column briefly holds its old array, a new
/// one twice as large, and at freezing a third, exact copy. Chunks never move, and freezing hands each chunk back as
/// soon as it is copied, so a column costs its values plus one chunk.
/// </remarks>
internal sealed class GrowableColumn<T> where T : unmanaged
{
    private const int ChunkBits = 18;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    /// <summary>A column whose first value is <paramref name="value"/> (offset columns start at 0).</summary>
    public static GrowableColumn<T> StartingWith(T value)
    {
        var column = new GrowableColumn<T>();
        column.Add(value);
        return column;
    }

    public T this[int index]
    {
        get => _chunks[index >> ChunkBits][index & ChunkMask];
        set => _chunks[index >> ChunkBits][index & ChunkMask] = value;
    }

    /// <summary>The last value appended.</summary>
    public T Last => this[Count - 1];

    public void Add(T value)
    {
        if ((Count & ChunkMask) == 0 && Count >> ChunkBits == _chunks.Count)
        {
            _chunks.Add(GC.AllocateUninitializedArray<T>(ChunkSize));
        }
        this[Count++] = value;
    }

    /// <summary>Keeps the first <paramref name="count"/> values; the chunks stay for values added later.</summary>
    public void Truncate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
    }

    /// <summary>Drops every value and chunk.</summary>
    public void Release()
    {
        _chunks.Clear();
        Count = 0;
    }

    /// <summary>The values as one array; the column is empty afterwards.</summary>
    public T[] Freeze()
    {
        var values = GC.AllocateUninitializedArray<T>(Count);
        for (var chunk = 0; chunk < _chunks.Count; chunk++)
        {
            var start = chunk << ChunkBits;
            var length = Math.Min(ChunkSize, Count - start);
            if (length > 0)
            {
                _chunks[chunk].AsSpan(0, length).CopyTo(values.AsSpan(start));
            }
            _chunks[chunk] = [];
        }
        _chunks.Clear();
        Count = 0;
        return values;
    }
}
