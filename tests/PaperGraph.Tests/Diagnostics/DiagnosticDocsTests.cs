using System.Text.RegularExpressions;
using PaperGraph.Diagnostics;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Diagnostics;

/// <summary>
/// docs/diagnostics.md is the user's description of what PaperGraph prints: each of its rows must say exactly the
/// severity, title and message the catalogue prints, and the CLI must print nothing but the catalogue's diagnostics.
/// </summary>
public sealed partial class DiagnosticDocsTests
{
    [Fact]
    public void Every_catalogue_diagnostic_has_a_row_in_the_docs_with_its_severity_title_and_message()
    {
        var rows = DocumentedRows();
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            Assert.True(rows.TryGetValue(descriptor.Id, out var row), $"{descriptor.Id} has no row in docs/diagnostics.md");
            Assert.Equal((descriptor.Severity.ToString().ToLowerInvariant(), descriptor.Title, descriptor.MessageFormat), row);
        });
    }

    [Fact]
    public void The_docs_list_no_diagnostic_the_catalogue_does_not_have()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(descriptor => descriptor.Id), DocumentedRows().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_command_prints_an_error_or_warning_by_hand()
    {
        // Every complaint goes through CliConsole.Report or the DiagnosticReporter, so it has an id and a docs row.
        var cli = Path.Combine(Repository.Root, "src", "PaperGraph.Cli");
        var handWritten = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(item => HandWrittenComplaint().IsMatch(item.line))
            .Select(item => $"{Path.GetRelativePath(cli, item.file)}({item.index + 1}): {item.line.Trim()}")
            .ToList();
        Assert.Empty(handWritten);
    }

    [Fact]
    public void A_usage_error_is_printed_with_the_id_and_the_documented_message()
    {
        var (exit, _, error) = CommandLine.Run("export", "--format", "svg", "--input", Repository.TwoTopics);
        Assert.Equal(2, exit);
        Assert.StartsWith("error PG0002: Unknown format 'svg'; use graphml, json, dot", error, StringComparison.Ordinal);
    }

    /// <summary>Id → (severity, title, message) of each table row; a cell's <c>\|</c> is a literal bar (GitHub tables).</summary>
    private static Dictionary<string, (string Severity, string Title, string Message)> DocumentedRows() =>
        File.ReadLines(Path.Combine(Repository.Root, "docs", "diagnostics.md"))
            .Where(line => line.StartsWith("| PG", StringComparison.Ordinal))
            .Select(line => UnescapedBar().Split(line.Trim().Trim('|')).Select(cell => cell.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray())
            .ToDictionary(cells => cells[0], cells => (cells[1], cells[2], cells[3]));

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedBar();

    [GeneratedRegex("\"(error|warning)[ :]")]
    private static partial Regex HandWrittenComplaint();
}
