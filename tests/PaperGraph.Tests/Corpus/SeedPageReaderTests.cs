using PaperGraph.Corpus;
using PaperGraph.Diagnostics;

namespace PaperGraph.Tests.Corpus;

public sealed class SeedPageReaderTests
{
    private const string Abstract = "We propose a method that works. It is evaluated on many benchmarks and shows strong results overall.";

    private static List<CorpusEntry> Read(params string[] lines) => new SeedPageReader().Read("page.txt", lines).ToList();

    [Fact]
    public void Reads_title_and_abstract_pairs_after_the_header_and_date_line()
    {
        var entries = Read("new", "", "Subscribe", "", "Daily Papers", "", "Jul 30", "", "First Title", "", Abstract, "", "Second Title", "", Abstract);
        var papers = entries.OfType<PaperEntry>().Select(entry => entry.Paper).ToList();
        Assert.Equal(["First Title", "Second Title"], papers.Select(paper => paper.Title));
        Assert.All(papers, paper => Assert.Equal(["Jul 30"], paper.Dates.ToArray()));
        Assert.Equal(9, papers[0].Sources[0].Line);
        Assert.Empty(entries.OfType<DiagnosticEntry>());
    }

    [Fact]
    public void A_title_without_abstract_is_PG1003_and_the_next_pair_is_still_read()
    {
        var entries = Read("Jul 30", "Lonely Title", "Good Title", Abstract);
        var diagnostic = Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic;
        Assert.Equal("PG1003", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal("Good Title", Assert.Single(entries.OfType<PaperEntry>()).Paper.Title);
    }

    [Fact]
    public void A_title_at_the_end_of_the_page_is_PG1003()
    {
        var entries = Read("Jul 30", "Title", Abstract, "Dangling");
        Assert.Equal("PG1003", Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic.Id);
    }

    [Fact]
    public void An_empty_page_is_PG1002()
    {
        var entries = Read("new", "", "Subscribe");
        Assert.Equal("PG1002", Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic.Id);
    }

    [Fact]
    public void A_page_without_date_line_warns_PG1008_but_keeps_its_papers()
    {
        var entries = Read("Title", Abstract);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic.Severity);
        Assert.Single(entries.OfType<PaperEntry>());
    }
}
