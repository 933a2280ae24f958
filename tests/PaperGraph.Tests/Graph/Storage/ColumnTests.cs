using System.Runtime.InteropServices;
using PaperGraph.Graph.Storage;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph.Storage;

public sealed class ColumnTests
{
    [Fact]
    public void A_column_of_an_array_reads_its_values_and_refuses_an_index_outside_them()
    {
        var column = Column<long>.Copy([5, -1, long.MaxValue]);

        Assert.Equal(3, column.Length);
        Assert.Equal([5L, -1L, long.MaxValue], column.AsSpan().ToArray());
        Assert.Equal(long.MaxValue, column[^1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[-1]);
    }

    [Fact]
    public void A_column_in_a_mapped_file_reads_the_values_where_the_file_holds_them_at_any_byte_offset()
    {
        using var temp = new TempDirectory();
        // Three bytes of something else first: the column starts off any int boundary, as columns in a graph file do.
        var values = Enumerable.Range(0, 10_000).Select(i => i * 7919 - 3).ToArray();
        var path = temp.File("column.bin", [1, 2, 3, .. MemoryMarshal.AsBytes(values.AsSpan()).ToArray(), 9]);
        using var handle = File.OpenHandle(path);
        using var mapping = FileMapping.Of(handle, RandomAccess.GetLength(handle));

        var column = Column<int>.InMapping(mapping, 3, values.Length);

        Assert.Equal(values, column.AsSpan().ToArray());
        Assert.Equal(values[^1], column[values.Length - 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[values.Length]);
    }

    [Fact]
    public void A_column_that_would_run_past_the_end_of_the_mapping_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("short.bin", new byte[40]);
        using var handle = File.OpenHandle(path);
        using var mapping = FileMapping.Of(handle, 40);

        Assert.Throws<ArgumentOutOfRangeException>(() => Column<int>.InMapping(mapping, 4, 10));
        Assert.Equal(9, Column<int>.InMapping(mapping, 4, 9).Length);
    }

    [Fact]
    public void Enumerating_a_column_gives_its_values_in_order()
    {
        var column = Column<byte>.Copy([3, 1, 4, 1, 5]);
        var seen = new List<byte>();

        foreach (var value in column)
        {
            seen.Add(value);
        }

        Assert.Equal([3, 1, 4, 1, 5], seen);
    }
}
