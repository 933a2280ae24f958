using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Diagnostics;

public sealed class LocationTests
{
    [Fact]
    public void An_ambiguous_acronym_left_unbound_is_located_at_its_span_in_the_paper()
    {
        var located = SeedCorpus.Extracted
            .SelectMany(paper => paper.Diagnostics.Where(d => d.Id == "PG3001").Select(d => (paper.Paper, Diagnostic: d)))
            .ToList();
        Assert.NotEmpty(located);
        Assert.All(located, item =>
        {
            var (paper, diagnostic) = item;
            var span = Assert.NotNull(diagnostic.Location.Span);
            var text = diagnostic.Location.Field == "title" ? paper.Title : paper.Abstract;
            Assert.StartsWith($"'{text.Substring(span.Start, span.Length)}' could mean ", diagnostic.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_span_does_not_change_how_a_location_prints()
    {
        var location = new PaperGraph.Diagnostics.Location("seeds/a.txt", 3);
        Assert.Equal("seeds/a.txt(3)", location.WithSpan("abstract", new PaperGraph.Text.TextSpan(10, 4)).ToString());
    }
}
