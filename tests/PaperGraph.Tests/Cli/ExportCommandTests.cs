using System.Text.Json;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

public sealed class ExportCommandTests
{
    private static readonly Lazy<string> SeedGraphFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "papergraph-tests", $"export-seeds-{Environment.ProcessId}.pgz");
        PaperGraph.Graph.Persistence.GraphFile.Save(SeedCorpus.Graph, path);
        return path;
    });

    [Fact]
    public void Export_writes_the_chosen_format_to_the_output_file_and_says_what_it_wrote()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("seeds.json");
        var (exit, stdout, error) = CommandLine.Run("export", "--format", "json", "--graph", SeedGraphFile.Value, "-o", output);
        Assert.True(exit == 0, error);
        var (nodes, edges) = (SeedCorpus.Graph.Nodes.Length, SeedCorpus.Graph.Edges.Length);
        Assert.Equal($"wrote {output} (json): {nodes} nodes, {edges} relationships", stdout.Trim());
        using var json = JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.Equal(nodes, json.RootElement.GetProperty("node_link").GetProperty("nodes").GetArrayLength());
        Assert.Equal(edges, json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength());
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Narrowing_options_cut_the_export_down()
    {
        var (exit, stdout, error) = CommandLine.Run("export", "-f", "dot", "--graph", SeedGraphFile.Value, "-o", "-",
            "--around", "LoRA", "--depth", "1", "--kinds", "technique,dataset", "--min-papers", "2", "--top", "6");
        Assert.True(exit == 0, error);
        Assert.StartsWith("digraph papergraph {", stdout);
        Assert.Contains("label=\"LoRA\"", stdout);
        Assert.Equal(6, stdout.Split('\n').Count(line => line.Contains(" [label=", StringComparison.Ordinal)));
        Assert.Contains("wrote stdout (dot): 6 nodes", error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        var (exit, _, error) = CommandLine.Run("export", "--format", "svg", "--graph", SeedGraphFile.Value);
        Assert.Equal(2, exit);
        Assert.Contains("Unknown format 'svg'; use graphml, json, dot", error);
    }

    [Fact]
    public void An_unknown_kind_or_centre_is_a_usage_error()
    {
        var (kindExit, _, kindError) = CommandLine.Run("export", "-f", "json", "--graph", SeedGraphFile.Value, "--kinds", "technique,gadget", "-o", "-");
        Assert.Equal(2, kindExit);
        Assert.Contains("Unknown kind 'gadget'", kindError);
        var (nameExit, _, nameError) = CommandLine.Run("export", "-f", "json", "--graph", SeedGraphFile.Value, "--around", "LoRAA", "-o", "-");
        Assert.Equal(2, nameExit);
        Assert.Contains("did you mean", nameError);
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_3_and_leaves_nothing_behind()
    {
        using var temp = new TempDirectory();
        var blocker = temp.File("blocker", "a file, not a folder");
        var (exit, _, error) = CommandLine.Run("export", "-f", "graphml", "--graph", SeedGraphFile.Value, "-o", Path.Combine(blocker, "graph.graphml"));
        Assert.Equal(3, exit);
        Assert.Contains("PG5001", error);
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }
}
