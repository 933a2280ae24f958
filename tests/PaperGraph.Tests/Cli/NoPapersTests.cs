using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>A run that finds no papers writes nothing: the output a user had before stays as it was.</summary>
public sealed class NoPapersTests
{
    private static readonly byte[] OldBytes = [0x50, 0x47, 0x5A, 1, 2, 3, 4, 5, 0xFF];

    [Fact]
    public void Build_of_a_mistyped_input_writes_nothing_says_no_papers_found_and_keeps_the_old_graph_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var graph = temp.File("papergraph.pgz", OldBytes);
        var (exit, output, error) = CommandLine.Run("build", temp.Combine("seed"), "-o", graph, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("no papers found in", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("saved to", output);
        Assert.Equal(OldBytes, File.ReadAllBytes(graph));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Build_of_an_existing_empty_directory_says_the_directory_holds_no_corpus_files_and_keeps_the_old_graph()
    {
        using var temp = new TempDirectory();
        var graph = temp.File("papergraph.pgz", OldBytes);
        var empty = Directory.CreateDirectory(temp.Combine("empty")).FullName;
        var (exit, _, error) = CommandLine.Run("build", empty, "-o", graph, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("PG1016", error);
        Assert.Contains("holds no corpus files", error);
        Assert.DoesNotContain("No file, directory or glob match", error);
        Assert.Contains("no papers found in", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OldBytes, File.ReadAllBytes(graph));
    }

    [Fact]
    public void Build_of_a_file_whose_every_line_is_broken_keeps_the_old_graph()
    {
        using var temp = new TempDirectory();
        var graph = temp.File("papergraph.pgz", OldBytes);
        var input = temp.File("broken.jsonl", "{broken\n{\"title\":\"No abstract\"}\n");
        var (exit, _, error) = CommandLine.Run("build", input, "-o", graph, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("PG1017", error);
        Assert.Equal(OldBytes, File.ReadAllBytes(graph));
    }

    [Fact]
    public void Extract_that_finds_no_papers_keeps_the_old_output_file()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.jsonl", OldBytes);
        var (exit, _, error) = CommandLine.Run("extract", temp.Combine("missing.jsonl"), "-o", output, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("no papers found in", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OldBytes, File.ReadAllBytes(output));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Export_from_inputs_that_hold_no_papers_keeps_the_old_export()
    {
        using var temp = new TempDirectory();
        var output = temp.File("graph.json", OldBytes);
        var (exit, _, error) = CommandLine.Run("export", "--format", "json", "--input", temp.Combine("missing"), "-o", output, "--quiet");
        Assert.NotEqual(0, exit);
        Assert.Contains("no papers found in", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OldBytes, File.ReadAllBytes(output));
    }
}
