using System.Runtime.CompilerServices;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// A column being filled: values appended to fixed-size chunks, frozen into one exact-size array.
/// </summary>
/// <remarks>
/// A <see cref="List{T}"/> grows by doubling, so at a million papers each column briefly holds its old array, a new
/// one twice as large, and at freezing a third, exact copy. Chunks never move, and freezing hands each chunk back to
/// the operating system as soon as it is copied (they are <see cref="NativeChunk"/>s, not arrays, for that), so a
/// column costs its values plus one chunk.
/// </remarks>
internal sealed class GrowableColumn<T> where T : unmanaged
{
    private const int ChunkBits = 18;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<NativeChunk> _chunks = [];
    // The chunks' start addresses, read by every access; the handles only own the memory.
    private nint[] _starts = [];

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
        get => Slot(index);
        set => Slot(index) = value;
    }

    private unsafe ref T Slot(int index)
    {
        // Checked against the chunks, as the arrays this replaced were (not against Count): native memory has no
        // bounds of its own, and an index past the last chunk would read or write someone else's.
        if ((uint)index >= (uint)(_chunks.Count << ChunkBits))
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        return ref Unsafe.Add(ref Unsafe.AsRef<T>((void*)_starts[index >> ChunkBits]), index & ChunkMask);
    }

    /// <summary>The last value appended.</summary>
    public T Last => this[Count - 1];

    public void Add(T value)
    {
        if ((Count & ChunkMask) == 0 && Count >> ChunkBits == _chunks.Count)
        {
            var chunk = NativeChunk.Allocate((nuint)ChunkSize * (nuint)Unsafe.SizeOf<T>());
            if (_chunks.Count == _starts.Length)
            {
                Array.Resize(ref _starts, Math.Max(4, _starts.Length * 2));
            }
            _starts[_chunks.Count] = chunk.Pointer;
            _chunks.Add(chunk);
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
        foreach (var chunk in _chunks)
        {
            chunk.Dispose();
        }
        _chunks.Clear();
        _starts = [];
        Count = 0;
    }

    /// <summary>The values as one column; this one is empty afterwards.</summary>
    public unsafe Column<T> Freeze()
    {
        var values = HugePages.AllocateUninitialized<T>(Count, pinned: true);
        for (var chunk = 0; chunk < _chunks.Count; chunk++)
        {
            var start = chunk << ChunkBits;
            var length = Math.Min(ChunkSize, Count - start);
            if (length > 0)
            {
                new ReadOnlySpan<T>((void*)_starts[chunk], length).CopyTo(values.AsSpan(start));
            }
            _chunks[chunk].Dispose();
        }
        _chunks.Clear();
        _starts = [];
        Count = 0;
        return Column<T>.OfPinned(values);
    }
}
