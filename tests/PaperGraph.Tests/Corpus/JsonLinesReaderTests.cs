using PaperGraph.Corpus;

namespace PaperGraph.Tests.Corpus;

public sealed class JsonLinesReaderTests
{
    private static List<CorpusEntry> Read(InputFormat format, params string[] lines) => new JsonLinesReader(format).Read("in.jsonl", lines).ToList();

    [Fact]
    public void Arxiv_records_keep_their_id_categories_and_date_and_fold_wrapped_text()
    {
        var entries = Read(InputFormat.Arxiv, """{"id":"2512.13690","title":"Diffusion\n  Browser","abstract":"  Video   diffusion.\nMore. ","categories":"cs.CV cs.LG","update_date":"2025-12-15"}""");
        var paper = Assert.IsType<PaperEntry>(Assert.Single(entries)).Paper;
        Assert.Equal("2512.13690", paper.Id);
        Assert.Equal("Diffusion Browser", paper.Title);
        Assert.Equal("Video diffusion. More.", paper.Abstract);
        Assert.Equal(["cs.CV", "cs.LG"], paper.Categories.ToArray());
        Assert.Equal(["2025-12-15"], paper.Dates.ToArray());
    }

    [Theory]
    [InlineData("Already folded text.", "Already folded text.")]
    [InlineData("Two  spaces", "Two spaces")]
    [InlineData("Tab\there", "Tab here")]
    [InlineData("No\u00A0break", "No break")]
    [InlineData(" Leading", "Leading")]
    [InlineData("Trailing\u2003", "Trailing")]
    [InlineData("", "")]
    public void White_space_is_folded_to_single_spaces_and_folded_text_is_kept_as_is(string text, string expected)
    {
        var folded = JsonLinesReader.FoldWhiteSpace(text);
        Assert.Equal(expected, folded);
        if (text == expected)
        {
            Assert.Same(text, folded);
        }
    }

    [Fact]
    public void Plain_records_get_a_stable_title_based_id()
    {
        var first = Read(InputFormat.Jsonl, """{"title":"A Paper","abstract":"Text."}""");
        var second = Read(InputFormat.Jsonl, """{"title":"  a   PAPER ","abstract":"Other."}""");
        var id = Assert.IsType<PaperEntry>(first[0]).Paper.Id;
        Assert.Equal(id, Assert.IsType<PaperEntry>(second[0]).Paper.Id);
        Assert.StartsWith("a-paper-", id);
    }

    [Theory]
    [InlineData("{not json", "PG1004")]
    [InlineData("[1,2]", "PG1004")]
    [InlineData("""{"abstract":"x"}""", "PG1005")]
    [InlineData("""{"title":"x","abstract":"  "}""", "PG1005")]
    public void Bad_lines_are_diagnostics_with_their_line_and_the_rest_is_read(string bad, string id)
    {
        var entries = Read(InputFormat.Jsonl, """{"title":"Good","abstract":"Fine."}""", bad, """{"title":"Also good","abstract":"Fine."}""");
        var diagnostic = Assert.IsType<DiagnosticEntry>(entries[1]).Diagnostic;
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(2, entries.OfType<PaperEntry>().Count());
    }

    [Fact]
    public void Arxiv_format_requires_an_id()
    {
        var entries = Read(InputFormat.Arxiv, """{"title":"x","abstract":"y"}""");
        Assert.Equal("PG1005", Assert.IsType<DiagnosticEntry>(Assert.Single(entries)).Diagnostic.Id);
    }
}
