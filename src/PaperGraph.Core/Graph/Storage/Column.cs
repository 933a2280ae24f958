using System.Runtime.CompilerServices;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// A frozen column of plain values, read by index: either an array of its own (a graph built in this process) or a
/// stretch of a memory-mapped graph file (a graph loaded from one), read the same way.
/// </summary>
/// <remarks>
/// Why a column may live in the file: loading the million-paper graph copied 1.6 GB of columns into fresh arrays, and
/// on a virtual machine the first touch of every fresh page (zeroed by the kernel, faulted in by the host) cost more
/// than the copy, so a one-off query spent most of its time making memory. Mapped, the columns are the file's pages
/// in the page cache: nothing is zeroed or copied, and only the pages a query reads are touched.
/// Lifetime: a column keeps what it reads alive (its array, or the <see cref="FileMapping"/>), and every read by index
/// keeps the column alive until the value is read, so a mapping is never unmapped under a read. A span from
/// <see cref="AsSpan()"/> does not: whoever takes one keeps the column (or its graph) reachable while using it.
/// </remarks>
internal sealed unsafe class Column<T> where T : unmanaged
{
    private readonly T* _start;
    // What _start points into, held so that it lives as long as the column: a pinned array or a file mapping.
    private readonly object? _owner;

    private Column(T* start, int length, object? owner)
    {
        _start = start;
        Length = length;
        _owner = owner;
    }

    public static Column<T> Empty { get; } = new(null, 0, null);

    public int Length { get; }

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange(index);
            }
            var value = _start[index];
            GC.KeepAlive(this);
            return value;
        }
    }

    /// <summary>The last value; the column must not be empty.</summary>
    public T Last => this[Length - 1];

    /// <summary>
    /// A column of an array from <see cref="HugePages.AllocateUninitialized{T}(int, bool)"/> with <c>pinned</c> set (or
    /// otherwise pinned for good): its address must never move. The array is the column's from then on and is not to be
    /// written again.
    /// </summary>
    public static Column<T> OfPinned(T[] values)
    {
        if (values.Length == 0)
        {
            return Empty;
        }
        fixed (T* start = values)
        {
            return new Column<T>(start, values.Length, values);
        }
    }

    /// <summary>A column of <paramref name="values"/>, copied into a pinned array of its own.</summary>
    public static Column<T> Copy(ReadOnlySpan<T> values)
    {
        var copy = HugePages.AllocateUninitialized<T>(values.Length, pinned: true);
        values.CopyTo(copy);
        return OfPinned(copy);
    }

    /// <summary><paramref name="length"/> values at byte <paramref name="offset"/> of <paramref name="mapping"/>, which must hold them.</summary>
    public static Column<T> InMapping(FileMapping mapping, long offset, int length)
    {
        var bytes = (long)length * sizeof(T);
        if (offset < 0 || bytes > mapping.Length - offset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "the column does not lie inside the mapping");
        }
        return length == 0 ? Empty : new Column<T>((T*)(mapping.Start + offset), length, mapping);
    }

    /// <summary>The values as a span; keep the column reachable while the span is in use (see the remarks).</summary>
    public ReadOnlySpan<T> AsSpan() => new(_start, Length);

    /// <inheritdoc cref="AsSpan()"/>
    public ReadOnlySpan<T> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>Enumerates the values; the column stays reachable while it is enumerated in a <c>foreach</c> over it.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    private static void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "the index is outside the column");
}
