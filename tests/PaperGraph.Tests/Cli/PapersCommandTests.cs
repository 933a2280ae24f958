using System.Text.Json;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

public sealed class PapersCommandTests
{
    [Fact]
    public void Papers_for_a_task_lists_a_subtasks_papers_under_the_parent_with_the_subtask_named()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("tasks.pgz");
        GraphFile.Save(TaskGraphs.Segmentation(), graph);
        var (exit, output, error) = CommandLine.Run("papers", "--task", "semantic segmentation", "--role", "proposed", "--graph", graph);
        Assert.True(exit == 0, error);
        Assert.StartsWith("Papers on semantic segmentation (task) and 1 narrower task (panoramic semantic segmentation) proposing a method: 2", output);
        Assert.Contains("task: panoramic semantic segmentation (under semantic segmentation)", output);
        Assert.Contains("proposes: CFA (method)", output);
        Assert.DoesNotContain("p3", output);
    }

    [Fact]
    public void Papers_json_names_the_task_each_paper_was_found_through()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("tasks.pgz");
        GraphFile.Save(TaskGraphs.Segmentation(), graph);
        var (exit, output, error) = CommandLine.Run("papers", "--task", "semantic segmentation", "--technique", "LoRA", "--dataset", "Cityscapes", "--json", "--graph", graph);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var paper = Assert.Single(json.RootElement.GetProperty("papers").EnumerateArray());
        Assert.Equal("p2", paper.GetProperty("key").GetString());
        Assert.Equal("panoramic semantic segmentation", paper.GetProperty("task").GetProperty("key").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("paper_count").GetInt32());
    }

    [Fact]
    public void Papers_with_an_unknown_role_or_task_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("tasks.pgz");
        GraphFile.Save(TaskGraphs.Segmentation(), graph);
        Assert.Equal(2, CommandLine.Run("papers", "--task", "semantic segmentation", "--role", "invented", "--graph", graph).Exit);
        var (exit, _, error) = CommandLine.Run("papers", "--task", "semantic segmentaton", "--graph", graph);
        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'semantic segmentation'", error);
    }
}
