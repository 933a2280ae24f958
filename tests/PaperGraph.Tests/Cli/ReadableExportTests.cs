using System.Text.Json;
using PaperGraph.Export.Selection;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>Pictures that stay readable at any size: --top bounds what is drawn, and the explorer bounds itself.</summary>
public sealed class ReadableExportTests
{
    private static JsonElement ExplorerData(string htmlPath)
    {
        var html = File.ReadAllText(htmlPath);
        var start = html.IndexOf('>', html.IndexOf("id=\"pg-data\"", StringComparison.Ordinal)) + 1;
        return JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement.Clone();
    }

    [Fact]
    public void Top_bounds_every_node_drawn_papers_included_and_keeps_only_papers_next_to_kept_entities()
    {
        var graph = SeedCorpus.Graph;
        var selected = SubgraphSelector.Select(graph, new SubgraphSelection(Top: 60));
        Assert.Equal(60, selected.Nodes.Length);
        Assert.InRange(selected.Papers.Count(), 1, 30);
        Assert.All(selected.Papers, paper => Assert.Contains(selected.IncidentEdges(paper), edge => !edge.Other(paper).IsPaper));
    }

    [Fact]
    public void Top_bounds_the_explorers_node_count()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("seeds.pgz");
        GraphFile.Save(SeedCorpus.Graph, file);
        var html = temp.Combine("top.html");
        var (exit, _, error) = CommandLine.Run("export", "--format", "html", "--graph", file, "--top", "300", "-o", html);
        Assert.True(exit == 0, error);
        Assert.Equal(300, ExplorerData(html).GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void Above_its_node_limit_the_explorer_keeps_a_readable_subgraph_and_says_what_it_kept_unless_asked_for_all()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("large.pgz");
        GraphFile.Save(SampleGraphs.Large(1500), file);   // 7,500 nodes
        var html = temp.Combine("large.html");
        var (exit, _, error) = CommandLine.Run("export", "--format", "html", "--graph", file, "-o", html);
        Assert.True(exit == 0, error);
        Assert.Equal(5000, ExplorerData(html).GetProperty("nodes").GetArrayLength());
        Assert.Contains("7,500 nodes are more than the html picture shows readably (5,000): it keeps the 5,000 most connected", error);
        Assert.Contains("--all keeps everything", error);
        var (allExit, _, allError) = CommandLine.Run("export", "--format", "json", "--graph", file, "-o", temp.Combine("all.json"));
        Assert.True(allExit == 0, allError);
        Assert.DoesNotContain("readably", allError);
    }

    [Fact]
    public void All_exports_everything_even_above_the_explorers_node_limit()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("large.pgz");
        GraphFile.Save(SampleGraphs.Large(1100), file);   // 5,500 nodes
        var html = temp.Combine("all.html");
        var (exit, _, error) = CommandLine.Run("export", "--format", "html", "--graph", file, "--all", "-o", html, "--quiet");
        Assert.True(exit == 0, error);
        Assert.Equal(5500, ExplorerData(html).GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void The_dot_picture_around_an_entity_labels_every_edge_with_its_relationship_and_has_a_legend()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("seeds.pgz");
        GraphFile.Save(SeedCorpus.Graph, file);
        var (exit, dot, error) = CommandLine.Run("export", "--format", "dot", "--graph", file, "--around", "LoRA", "--kinds", "technique,dataset", "-o", "-");
        Assert.True(exit == 0, error);
        var edgeLines = dot.Split('\n').Where(line => line.Contains(" -> ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(edgeLines);
        Assert.All(edgeLines, line => Assert.Matches(@"type=""(\w+)"", label=""\1""", line));
        Assert.Contains("<b>legend</b>", dot);
        Assert.Contains("bgcolor=\"", dot);
        Assert.Contains("edge label = relationship", dot);
    }

    [Fact]
    public void Around_keeps_only_papers_that_mention_the_entity_or_a_kept_neighbour()
    {
        var graph = SeedCorpus.Graph;
        var lora = graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == "lora");
        var selected = SubgraphSelector.Select(graph, new SubgraphSelection(lora, 1, [EntityKind.Paper, EntityKind.Technique, EntityKind.Dataset]));
        var kept = selected.Entities.Select(node => (node.Kind, node.Key)).ToHashSet();
        Assert.NotEmpty(selected.Papers);
        Assert.All(selected.Papers, paper =>
            Assert.Contains(selected.IncidentEdges(paper), edge => !edge.Other(paper).IsPaper && kept.Contains((edge.Other(paper).Kind, edge.Other(paper).Key))));
        Assert.DoesNotContain(selected.Nodes, node => node.Kind is EntityKind.Method or EntityKind.Task);
    }
}
