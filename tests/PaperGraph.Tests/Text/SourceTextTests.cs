using PaperGraph.Text;

namespace PaperGraph.Tests.Text;

public sealed class SourceTextTests
{
    [Fact]
    public void Span_is_half_open_so_adjacent_spans_do_not_overlap()
    {
        var left = TextSpan.FromBounds(0, 4);
        var right = TextSpan.FromBounds(4, 8);
        Assert.False(left.OverlapsWith(right));
        Assert.True(left.OverlapsWith(TextSpan.FromBounds(3, 5)));
        Assert.Equal(4, left.Length);
    }

    [Fact]
    public void Slicing_a_span_returns_exactly_the_covered_characters()
    {
        var text = SourceText.From("We fine-tune with LoRA.");
        Assert.Equal("LoRA", text.ToString(new TextSpan(18, 4)));
    }

    [Fact]
    public void Line_positions_are_one_based_and_follow_newlines()
    {
        var text = SourceText.From("ab\ncd\n\nef");
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(2, 2), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(4, 1), text.GetLinePosition(7));
    }

    [Fact]
    public void Negative_lengths_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(3, -1));
    }
}
