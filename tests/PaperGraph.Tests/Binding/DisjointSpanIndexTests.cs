using PaperGraph.Binding;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Tests.Binding;

public sealed class DisjointSpanIndexTests
{
    [Fact]
    public void A_span_overlaps_a_held_span_only_where_they_share_a_character()
    {
        var index = new DisjointSpanIndex();
        index.Add(DocumentField.Abstract, TextSpan.FromBounds(10, 20));
        index.Add(DocumentField.Abstract, TextSpan.FromBounds(30, 40));

        Assert.True(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(19, 21)));
        Assert.True(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(0, 100)));
        Assert.True(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(35, 36)));
        Assert.False(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(20, 30)));
        Assert.False(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(0, 10)));
        Assert.False(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(40, 50)));
        Assert.False(index.OverlapsAny(DocumentField.Abstract, TextSpan.FromBounds(15, 15)));
        Assert.False(index.OverlapsAny(DocumentField.Title, TextSpan.FromBounds(10, 20)));
    }

    [Fact]
    public void The_index_answers_as_a_scan_of_every_accepted_span_does()
    {
        var random = new Random(14);
        for (var round = 0; round < 200; round++)
        {
            var index = new DisjointSpanIndex();
            var accepted = new List<(DocumentField Field, TextSpan Span)>();
            for (var i = 0; i < 60; i++)
            {
                var field = random.Next(4) == 0 ? DocumentField.Title : DocumentField.Abstract;
                var start = random.Next(0, 200);
                var span = new TextSpan(start, random.Next(0, 12));
                var scanned = accepted.Any(held => held.Field == field && held.Span.OverlapsWith(span));
                Assert.Equal(scanned, index.OverlapsAny(field, span));
                if (!scanned)
                {
                    accepted.Add((field, span));
                    index.Add(field, span);
                }
            }
        }
    }
}
