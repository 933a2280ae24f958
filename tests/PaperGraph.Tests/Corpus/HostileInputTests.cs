using System.Text;
using PaperGraph.Corpus;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Corpus;

/// <summary>Bad bytes, odd line breaks, control characters and runaway records cost what they spoil, nothing more.</summary>
public sealed class HostileInputTests
{
    private const string Abstract = "We propose a method for robust training. It works well on many benchmarks in our experiments.";

    private static List<CorpusEntry> Read(byte[] bytes, InputFormat format = InputFormat.Auto)
    {
        using var input = InputSnapshot.FromBytes(bytes, "in");
        return CorpusFile.Read(input, format).ToList();
    }

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(part => part is string text ? Encoding.UTF8.GetBytes(text) : (byte[])part).ToArray();

    private static string Json(string title) => $$"""{"title":"{{title}}","abstract":"{{Abstract}}"}""";

    private static List<string> Titles(List<CorpusEntry> entries) => entries.OfType<PaperEntry>().Select(entry => entry.Paper.Title).ToList();

    private static List<(string Id, int Line)> Problems(List<CorpusEntry> entries) =>
        entries.OfType<DiagnosticEntry>().Select(entry => (entry.Diagnostic.Id, entry.Diagnostic.Location.Line)).ToList();

    [Fact]
    public void An_undecodable_json_line_costs_that_line_and_the_papers_after_it_are_read()
    {
        var entries = Read(Bytes(Json("One"), "\n", "{\"title\":\"caf", new byte[] { 0xE9 }, "\"}\n", Json("Two"), "\n", new byte[] { 0xC3, 0x28, 0xFF }, "\n", Json("Three"), "\n"));
        Assert.Equal(["One", "Two", "Three"], Titles(entries));
        Assert.Equal([("PG1006", 2), ("PG1006", 4)], Problems(entries));
    }

    [Fact]
    public void An_undecodable_abstract_on_a_seed_page_costs_its_pair_and_the_next_pair_is_read()
    {
        var entries = Read(Bytes("Daily Papers\nJul 30\n\nFirst Title\n", "Broken ", new byte[] { 0xFF, 0xFE }, " abstract.\n\nSecond Title\n", Abstract, "\n\n", new byte[] { 0x80 }, "Third Title\n", Abstract, "\n\nFourth Title\n", Abstract, "\n"));
        Assert.Equal(["Second Title", "Fourth Title"], Titles(entries));
        Assert.Equal([("PG1006", 5), ("PG1006", 10)], Problems(entries));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16 (big-endian)")]
    [InlineData(new byte[0], "UTF-16 (little-endian)")]
    public void A_utf16_file_is_one_diagnostic_naming_its_encoding(byte[] byteOrderMark, string encoding)
    {
        var text = string.Join("\n", Json("One"), Json("Two"), Json("Three"));
        var body = encoding.Contains("big", StringComparison.Ordinal) ? Encoding.BigEndianUnicode.GetBytes(text) : Encoding.Unicode.GetBytes(text);
        var entries = Read(Bytes(byteOrderMark, body));
        var diagnostic = Assert.IsType<DiagnosticEntry>(Assert.Single(entries)).Diagnostic;
        Assert.Equal("PG1013", diagnostic.Id);
        Assert.Contains(encoding, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_file_is_one_diagnostic_naming_its_encoding()
    {
        var latin1 = Encoding.Latin1.GetBytes(string.Join("\n", Json("Café"), Json("Naïve"), Json("Über")) + "\n");
        var diagnostic = Assert.IsType<DiagnosticEntry>(Assert.Single(Read(latin1))).Diagnostic;
        Assert.Equal("PG1013", diagnostic.Id);
        Assert.Contains("Latin-1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_paper_before_latin1_looking_damage_is_still_read_under_one_PG1013()
    {
        // Found by the long fuzzing run: the Latin-1 verdict used to drop the whole file, good first line included.
        var entries = Read(Bytes(Json("Plain"), "\n", Encoding.Latin1.GetBytes(Json("Café")), "\n", Encoding.Latin1.GetBytes(Json("Naïve")), "\n"));
        Assert.Equal(["Plain"], Titles(entries));
        Assert.Equal("PG1013", Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic.Id);
    }

    [Fact]
    public void One_latin1_line_in_a_utf8_file_costs_that_line_only()
    {
        var entries = Read(Bytes(Json("Zürich"), "\n", Encoding.Latin1.GetBytes(Json("Café")), "\n", Json("Two"), "\n"));
        Assert.Equal(["Zürich", "Two"], Titles(entries));
        Assert.Equal([("PG1006", 2)], Problems(entries));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void CR_LF_and_CRLF_all_end_a_line_of_a_seed_page(string lineBreak)
    {
        var page = string.Join(lineBreak, "Daily Papers", "Jul 30", "", "First Title", Abstract, "", "Second Title", Abstract, "");
        var entries = Read(Encoding.UTF8.GetBytes(page));
        Assert.Equal(["First Title", "Second Title"], Titles(entries));
        Assert.Empty(Problems(entries));
        Assert.Equal(7, entries.OfType<PaperEntry>().Last().Paper.Sources[0].Line);
    }

    [Fact]
    public void Mixed_line_breaks_count_lines_as_an_editor_does()
    {
        var entries = Read(Encoding.UTF8.GetBytes(Json("One") + "\r" + Json("Two") + "\r\n" + Json("Three") + "\n" + Json("Four")));
        Assert.Equal([1, 2, 3, 4], entries.OfType<PaperEntry>().Select(entry => entry.Paper.Sources[0].Line).ToArray());
    }

    [Fact]
    public void A_CRLF_split_across_two_reads_is_one_line_break()
    {
        // The first read is 64 KiB: put the CR as its last byte.
        var first = Json("One");
        var padding = new string(' ', (1 << 16) - first.Length - 1);
        var entries = Read(Encoding.UTF8.GetBytes(first + padding + "\r\n" + Json("Two") + "\n"));
        Assert.Equal([1, 2], entries.OfType<PaperEntry>().Select(entry => entry.Paper.Sources[0].Line).ToArray());
        Assert.Empty(Problems(entries));
    }

    [Fact]
    public void Control_characters_are_removed_with_a_warning_naming_the_line()
    {
        var entries = Read(Encoding.UTF8.GetBytes(Json("Clean") + "\n" + $$"""{"title":"Evil\u001b[31mName\u0007","abstract":"{{Abstract}}\u0000"}""" + "\n"));
        Assert.Equal(["Clean", "Evil[31mName"], Titles(entries));
        Assert.DoesNotContain(entries.OfType<PaperEntry>(), entry => entry.Paper.Abstract.Contains('\0'));
        var warning = Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic;
        Assert.Equal(("PG1011", 2), (warning.Id, warning.Location.Line));
        Assert.Contains("3 control character(s) (the first U+001B)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_on_a_seed_page_are_removed_with_a_warning_naming_the_line()
    {
        var entries = Read(Encoding.UTF8.GetBytes($"Daily Papers\nJul 30\n\nTitle\u009b2J Here\n{Abstract}\n"));
        Assert.Equal(["Title2J Here"], Titles(entries));
        Assert.Equal([("PG1011", 4)], Problems(entries));
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udfff tail")]
    [InlineData("head \\ud83d")]
    public void A_lone_surrogate_escape_is_that_records_PG1014_and_the_next_record_is_read(string escaped)
    {
        var entries = Read(Encoding.UTF8.GetBytes($$"""{"title":"Bad {{escaped}}","abstract":"{{Abstract}}"}""" + "\n" + Json("Good") + "\n"));
        Assert.Equal(["Good"], Titles(entries));
        Assert.Equal([("PG1014", 1)], Problems(entries));
    }

    [Fact]
    public void An_abstract_past_the_cap_is_cut_with_a_warning_and_the_next_paper_is_read()
    {
        var huge = string.Concat(Enumerable.Repeat("Words of a runaway abstract. ", InputText.MaxAbstractLength / 10));
        var entries = Read(Encoding.UTF8.GetBytes($$"""{"title":"Huge","abstract":"{{huge}}"}""" + "\n" + Json("After") + "\n"));
        Assert.Equal(["Huge", "After"], Titles(entries));
        var cut = entries.OfType<PaperEntry>().First().Paper.Abstract;
        Assert.InRange(cut.Length, InputText.MaxAbstractLength / 2, InputText.MaxAbstractLength);
        Assert.StartsWith(cut, huge, StringComparison.Ordinal);
        Assert.Equal(' ', huge[cut.Length]);
        var warning = Assert.Single(entries.OfType<DiagnosticEntry>()).Diagnostic;
        Assert.Equal(("PG1012", 1), (warning.Id, warning.Location.Line));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('x', 99) + "\U0001F600";
        Assert.Equal(new string('x', 99), InputText.Truncate(text, 100));
    }

    [Fact]
    public void A_file_that_grows_while_it_is_read_is_read_as_it_was_when_opened()
    {
        using var temp = new TempDirectory();
        var path = temp.File("growing.jsonl", Json("One") + "\n" + Json("One") + "\n" + Json("Two") + "\n");
        using var reader = new CorpusReader([path]);
        var titles = new List<string>();
        foreach (var entry in reader.ReadPapers())
        {
            if (entry is PaperEntry paper)
            {
                titles.Add(paper.Paper.Title);
                File.AppendAllText(path, Json($"Late {titles.Count}") + "\n");
            }
        }
        Assert.Equal(["One", "Two"], titles);
    }

    [Fact]
    public async Task A_pipe_is_read_once_and_its_papers_are_all_there()
    {
        using var temp = new TempDirectory();
        var fifo = temp.Combine("in.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }
        var writer = Task.Run(() => File.WriteAllText(fifo, Json("One") + "\n" + Json("One") + "\n" + Json("Two") + "\n"));
        using var reader = new CorpusReader([fifo]);
        var titles = reader.ReadPapers().OfType<PaperEntry>().Select(entry => entry.Paper.Title).ToList();
        await writer;
        Assert.Equal(["One", "Two"], titles);
    }
}
