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
        await Task.Delay(TimeSpan.FromSeconds(2));
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
}
