using PaperGraph.Corpus;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Corpus;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Seeds_hold_306_listings_of_285_distinct_papers()
    {
        var reader = new CorpusReader([Repository.Seeds]);
        Assert.Equal(306, reader.ReadListings().OfType<PaperEntry>().Count());
        var papers = reader.ReadPapers().OfType<PaperEntry>().Select(entry => entry.Paper).ToList();
        Assert.Equal(285, papers.Count);
        Assert.Equal(285, papers.Select(paper => paper.Id).Distinct().Count());
        Assert.Empty(reader.ReadPapers().OfType<DiagnosticEntry>());
    }

    [Fact]
    public void A_paper_listed_on_several_pages_keeps_every_date_and_source()
    {
        var papers = new CorpusReader([Repository.Seeds]).ReadPapers().OfType<PaperEntry>().Select(entry => entry.Paper);
        var relisted = papers.Where(paper => paper.Sources.Length > 1).ToList();
        Assert.Equal(306 - 285, relisted.Sum(paper => paper.Sources.Length - 1));
        Assert.Contains(relisted, paper => paper.Dates.Length >= 2);
    }

    [Fact]
    public void Formats_are_detected_from_content()
    {
        using var temp = new TempDirectory();
        var arxiv = temp.File("a.data", """{"id":"1","title":"T","abstract":"A.","categories":"cs.LG"}""" + "\n");
        var plain = temp.File("b.data", """{"title":"T2","abstract":"A."}""" + "\n");
        var papers = new CorpusReader([arxiv, plain]).ReadPapers().OfType<PaperEntry>().Select(entry => entry.Paper).ToList();
        Assert.Equal("1", papers[0].Id);
        Assert.StartsWith("t2-", papers[1].Id);
        Assert.Equal(InputFormat.Seed, InputFormatDetector.Detect("Jul 30"));
    }

    [Fact]
    public void Undecodable_bytes_are_PG1006_with_the_line_and_earlier_papers_survive()
    {
        using var temp = new TempDirectory();
        var good = """{"title":"Good","abstract":"Fine."}""" + "\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(good).Concat(new byte[] { 0x7b, 0xff, 0xfe, 0x7d, 0x0a }).ToArray();
        var path = temp.File("bad.jsonl", bytes);
        var entries = new CorpusReader([path]).ReadPapers().ToList();
        Assert.Single(entries.OfType<PaperEntry>());
        var diagnostic = Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic;
        Assert.Equal("PG1006", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Missing_inputs_are_PG1001_and_globs_expand()
    {
        using var temp = new TempDirectory();
        temp.File("x.jsonl", """{"title":"T","abstract":"A."}""" + "\n");
        temp.File("y.jsonl", """{"title":"U","abstract":"A."}""" + "\n");
        var reader = new CorpusReader([Path.Combine(temp.Path, "*.jsonl"), Path.Combine(temp.Path, "nope.txt")]);
        Assert.Equal(2, reader.Files.Length);
        Assert.Equal("PG1001", reader.ReadPapers().OfType<DiagnosticEntry>().Single().Diagnostic.Id);
    }

    [Fact]
    public void An_empty_file_is_PG1002()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.txt", "");
        Assert.Equal("PG1002", new CorpusReader([path]).ReadPapers().OfType<DiagnosticEntry>().Single().Diagnostic.Id);
    }

    [SharedFileFact("arxiv-sample.jsonl")]
    public void The_real_arxiv_sample_reads_without_errors()
    {
        var entries = new CorpusReader([Repository.Shared("arxiv-sample.jsonl")]).ReadPapers().ToList();
        Assert.Equal(300, entries.OfType<PaperEntry>().Count());
        Assert.Empty(entries.OfType<DiagnosticEntry>());
    }
}
