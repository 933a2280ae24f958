using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

public sealed class InterruptionTests
{
    [Fact]
    public async Task Ctrl_C_during_build_stops_it_with_exit_130_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("graph.pgz");
        using var process = CliProcess.Start(["build", "-", "-o", output, "-q"], temp.Path);
        var error = process.StandardError.ReadToEndAsync();
        // Standard input stays open, so the build waits for papers: signal it there, once it has had time to start.
        await process.StandardInput.WriteAsync("{\"title\":\"LoRA for All\",\"abstract\":\"We fine-tune with LoRA on GLUE. It is cheap.\"}\n");
        await process.StandardInput.FlushAsync();
        // Signal it once it is copying standard input (after its handlers are registered), however slow the machine:
        // a fixed delay sent the signal before the handlers existed when the machine was busy.
        await WaitForStandardInputCopy(process);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted", await error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Ctrl_C_during_the_graph_build_stops_it_before_its_next_phase_with_exit_130_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("graph.pgz");
        using var cancellation = new CancellationTokenSource();
        // --verbose prints a line as each build phase ends: the first one cancels, as Ctrl-C at that moment would.
        var error = new CancellingWriter("timing:   merge entities across papers", cancellation);
        var exit = PaperGraph.Cli.PaperGraphApp.Run(["build", Repository.Seeds, "-o", output, "--no-model", "--verbose"], new StringWriter(), error, cancellation.Token);
        Assert.Equal(130, exit);
        var printed = error.ToString();
        Assert.Contains("interrupted", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("timing:   paper edges", printed, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Export_to_a_dash_streams_the_same_bytes_as_export_to_a_file()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("seeds.pgz");
        Assert.Equal(0, CommandLine.Run("build", Repository.Seeds, "-o", graph, "-q").Exit);
        Assert.Equal(0, CommandLine.Run("export", "--format", "json", "--graph", graph, "-o", temp.Combine("graph.json"), "-q").Exit);
        var (exit, output, error) = await CliProcess.RunAsync("", "export", "--format", "json", "--graph", graph, "-o", "-", "-q");
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(temp.Combine("graph.json")), output);
    }

    /// <summary>Waits until the process holds its unlinked copy of standard input open (Linux: /proc/PID/fd).</summary>
    private static async Task WaitForStandardInputCopy(System.Diagnostics.Process process)
    {
        var descriptors = $"/proc/{process.Id}/fd";
        Assert.True(Directory.Exists(descriptors), "this test needs /proc (Linux) to see when papergraph is reading standard input");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!Directory.EnumerateFiles(descriptors).Any(descriptor => new FileInfo(descriptor).LinkTarget?.Contains("papergraph-input-", StringComparison.Ordinal) == true))
        {
            Assert.False(process.HasExited, "papergraph ended before reading standard input");
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    /// <summary>A stderr that cancels the run when a line containing <paramref name="trigger"/> is written.</summary>
    private sealed class CancellingWriter(string trigger, CancellationTokenSource cancellation) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(trigger, StringComparison.Ordinal) == true)
            {
                cancellation.Cancel();
            }
        }
    }
}
