using PaperGraph.Graph.Storage;

namespace PaperGraph.Tests.Graph.Storage;

public sealed class GrowableColumnTests
{
    // A chunk holds 2^18 values; these sizes end inside the first chunk, exactly on a boundary, and inside the third.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(262_144)]
    [InlineData(600_001)]
    public void Freeze_returns_every_value_in_order_and_empties_the_column(int count)
    {
        var column = new GrowableColumn<long>();
        for (var i = 0; i < count; i++)
        {
            column.Add(i * 3L - 7);
        }

        var values = column.Freeze();

        Assert.Equal(count, values.Length);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i * 3L - 7, values[i]);
        }
        Assert.Equal(0, column.Count);
    }

    [Fact]
    public void Values_set_across_chunk_boundaries_read_back()
    {
        var column = new GrowableColumn<double>();
        for (var i = 0; i < 300_000; i++)
        {
            column.Add(0);
        }

        column[262_143] = 1.5;
        column[262_144] = -2.5;

        Assert.Equal(1.5, column[262_143]);
        Assert.Equal(-2.5, column[262_144]);
        Assert.Equal(0, column.Last);
    }

    [Fact]
    public void An_index_past_the_allocated_chunks_throws_instead_of_touching_other_memory()
    {
        var column = GrowableColumn<int>.StartingWith(0);

        Assert.Throws<ArgumentOutOfRangeException>(() => column[262_144]);
        Assert.Throws<ArgumentOutOfRangeException>(() => column[-1]);
    }

    [Fact]
    public void Truncate_keeps_the_first_values_and_later_adds_follow_them()
    {
        var column = new GrowableColumn<byte>();
        for (var i = 0; i < 10; i++)
        {
            column.Add((byte)i);
        }

        column.Truncate(4);
        column.Add(99);

        Assert.Equal([0, 1, 2, 3, 99], column.Freeze().AsSpan().ToArray());
    }

    [Fact]
    public void A_released_column_is_empty_and_can_be_filled_again()
    {
        var column = new GrowableColumn<int>();
        for (var i = 0; i < 270_000; i++)
        {
            column.Add(i);
        }

        column.Release();
        column.Add(42);

        Assert.Equal(1, column.Count);
        Assert.Equal([42], column.Freeze().AsSpan().ToArray());
    }
}
