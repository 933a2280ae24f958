using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>Small things a new user trips over: the default graph, eval given a graph, outputs the README makes.</summary>
[Collection(WorkingFolder.Name)]
public sealed class FrictionTests
{
    [Fact]
    public void A_query_verb_without_graph_or_input_uses_papergraph_pgz_in_the_current_folder_and_help_says_so()
    {
        using var temp = new TempDirectory();
        GraphFile.Save(TaskGraphs.Segmentation(), Path.Combine(temp.Path, "papergraph.pgz"));
        var before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(temp.Path);
            var (exit, output, error) = CommandLine.Run("papers", "--task", "semantic segmentation");
            Assert.True(exit == 0, error);
            Assert.Contains("Papers on semantic segmentation (task)", output);
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
        var (_, help, _) = CommandLine.Run("neighbors", "--help");
        Assert.Contains("default: ./papergraph.pgz", help);
    }

    [Fact]
    public void A_query_verb_without_any_graph_says_what_it_needs()
    {
        using var temp = new TempDirectory();
        var before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(temp.Path);
            var (exit, _, error) = CommandLine.Run("stats");
            Assert.Equal(2, exit);
            Assert.Contains("or a papergraph.pgz in this folder", error);
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    [Fact]
    public void Eval_refuses_a_graph_file_instead_of_reading_it_as_a_corpus()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("papergraph.pgz");
        GraphFile.Save(TaskGraphs.Segmentation(), graph);
        foreach (var args in new[] { new[] { "eval", "--gold", Repository.DevGold, "--graph", graph }, ["eval", "--gold", Repository.DevGold, Repository.Seeds, graph] })
        {
            var (exit, output, error) = CommandLine.Run(args);
            Assert.Equal(2, exit);
            Assert.Contains("is a graph file; eval scores the extractor on the corpus itself", error);
            Assert.DoesNotContain("PG1006", error);
            Assert.DoesNotContain("papers scored", output);
        }
    }

    [Fact]
    public void The_outputs_the_README_examples_write_are_ignored_by_git()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".gitignore"));
        foreach (var output in new[] { "/papergraph.pgz", "/graph.html", "/graph.graphml", "/graph.json", "/graph.cypher", "/import/", "/lora.svg", "/big.jsonl", "/big.pgz" })
        {
            Assert.Contains(output, ignored);
        }
    }
}

/// <summary>Tests that change the process's current folder run one at a time, apart from the rest.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingFolder
{
    public const string Name = "current directory";
}
