using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli;
using PaperGraph.Export;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>
/// An export stopped half-way (Ctrl-C is a cancellation of the command: Cli/Infrastructure/Interruption.cs) leaves no
/// temporary file and the previous output byte for byte, for every format; and its progress goes to stderr only.
/// </summary>
/// <remarks>
/// The cancellation comes at a known point, not after a delay: the export's own progress line for 50% cancels it, so
/// the next step (of the layout, or of writing) stops it, with the temporary output half written.
/// </remarks>
public sealed class ExportInterruptionTests
{
    public static TheoryData<string> Formats => [.. ExporterRegistry.All.Select(exporter => exporter.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_export_cancelled_half_way_exits_130_leaves_no_temporary_file_and_the_previous_output_byte_for_byte(string format)
    {
        using var temp = new TempDirectory();
        using var graphs = new TempDirectory();
        var graph = SeedGraph(graphs);
        var exporter = ExporterRegistry.Find(format)!;
        var output = temp.Combine(exporter.WritesDirectory ? "csv" : "graph" + exporter.DefaultExtension);
        byte[] previous = [.. "the previous export\n"u8, 0xFF, 0x00];
        if (exporter.WritesDirectory)
        {
            // A folder format fills only a new or empty folder: the previous output is that empty folder.
            Directory.CreateDirectory(output);
        }
        else
        {
            File.WriteAllBytes(output, previous);
        }
        using var cancellation = new CancellationTokenSource();
        var error = new CancelOnLine($"exporting {format}:  50%", cancellation);
        var console = new CliConsole(new StringWriter(), error, Cancellation: cancellation.Token);

        var exit = PaperGraphApp.Run(PaperGraphApp.CreateRoot(console), ["export", "--format", format, "--graph", graph, "-o", output, "--progress"], console);

        Assert.True(cancellation.IsCancellationRequested, $"the export never reached 50%:\n{error}");
        Assert.True(exit == 130, $"exit {exit}:\n{error}");
        Assert.Contains("interrupted: stopped, no partial output was left", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("100%", error.ToString(), StringComparison.Ordinal);
        // Nothing beside the output: no .graph.html.<pid>.<guid>.tmp, no .csv.<pid>.tmp folder.
        Assert.Equal([Path.GetFileName(output)], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        if (exporter.WritesDirectory)
        {
            Assert.Empty(Directory.GetFileSystemEntries(output));
        }
        else
        {
            Assert.Equal(previous, File.ReadAllBytes(output));
        }
    }

    [Fact]
    public async Task Export_progress_is_lines_on_stderr_at_every_tenth_and_stdout_is_the_export_alone()
    {
        using var temp = new TempDirectory();
        var graph = SeedGraph(temp);
        var file = temp.Combine("graph.json");
        Assert.Equal(0, CommandLine.Run("export", "--format", "json", "--graph", graph, "-o", file, "-q").Exit);
        // A real process with its own stdout and stderr: the bytes on stdout are the file's, the progress is on stderr.
        var (exit, stdout, stderr) = await CliProcess.RunAsync("", "export", "--format", "json", "--graph", graph, "-o", "-", "--progress");
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllText(file), stdout);
        using (JsonDocument.Parse(stdout))
        {
        }
        var lines = stderr.ReplaceLineEndings("\n").Split('\n');
        var expected = Enumerable.Range(0, 11).Select(tenth => $"exporting json: {10 * tenth,3}%").ToList();
        Assert.Equal(expected, lines.Where(line => line.StartsWith("exporting json:", StringComparison.Ordinal)).Select(line => line[..20]));
        Assert.DoesNotContain("exporting", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_export_shows_no_progress_unless_asked_and_quiet_silences_it()
    {
        using var temp = new TempDirectory();
        var graph = SeedGraph(temp);
        var (exit, _, error) = CommandLine.Run("export", "--format", "dot", "--graph", graph, "-o", temp.Combine("a.dot"));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("%", error, StringComparison.Ordinal);
        (exit, _, error) = CommandLine.Run("export", "--format", "dot", "--graph", graph, "-o", temp.Combine("b.dot"), "--progress", "-q");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    private static string SeedGraph(TempDirectory temp)
    {
        var path = temp.Combine("seeds.pgz");
        GraphFile.Save(SeedCorpus.Graph, path);
        return path;
    }

    /// <summary>Stderr that cancels the run when a line containing <paramref name="marker"/> is written.</summary>
    private sealed class CancelOnLine(string marker, CancellationTokenSource cancellation) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.Contains(marker, StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        }
    }
}
