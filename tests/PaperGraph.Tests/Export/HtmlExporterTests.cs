using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using PaperGraph.Export.Selection;
using PaperGraph.Export;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

public sealed partial class HtmlExporterTests
{
    private static string Export(PaperGraph.Graph.KnowledgeGraph graph)
    {
        using var memory = new MemoryStream();
        new HtmlExporter().Write(graph, memory);
        return Encoding.UTF8.GetString(memory.ToArray());
    }

    [Fact]
    public void The_explorer_is_one_self_contained_file_that_loads_nothing_from_outside()
    {
        var html = Export(SeedCorpus.Graph);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Equal(2, Regex.Count(html, "<script"));
        Assert.DoesNotContain("/*DATA*/", html);
        Assert.DoesNotContain("/*JS*/", html);
        Assert.DoesNotContain("/*CSS*/", html);
    }

    [Fact]
    public void Names_cannot_break_out_of_the_data_script_and_come_back_unchanged()
    {
        var graph = SampleGraphs.Tricky();
        var html = Export(graph);
        var start = html.IndexOf("<script type=\"application/json\" id=\"pg-data\">", StringComparison.Ordinal);
        var dataStart = html.IndexOf('>', start) + 1;
        var dataEnd = html.IndexOf("</script>", dataStart, StringComparison.Ordinal);
        var json = html[dataStart..dataEnd];
        Assert.DoesNotContain("<", json);
        using var data = JsonDocument.Parse(json);
        var nodes = data.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graph.Nodes.Select(node => node.Name), nodes.Select(node => node.GetProperty("n").GetString()));
        Assert.Equal(graph.Edges.Length, data.RootElement.GetProperty("edges").GetArrayLength());
        Assert.All(nodes, node => Assert.True(double.IsFinite(node.GetProperty("x").GetDouble()) && double.IsFinite(node.GetProperty("y").GetDouble())));
    }

    [Fact]
    public void The_layout_leaves_no_two_nodes_overlapping()
    {
        foreach (var graph in new[] { SeedCorpus.Graph, SubgraphSelector.Select(SeedCorpus.Graph, new SubgraphSelection(Top: 60)) })
        {
            var positions = ForceLayout.Compute(graph);
            Assert.Equal(graph.Nodes.Length, positions.Length);
            for (var i = 0; i < positions.Length; i++)
            {
                for (var j = i + 1; j < positions.Length; j++)
                {
                    var distance = Math.Sqrt(Math.Pow(positions[i].X - positions[j].X, 2) + Math.Pow(positions[i].Y - positions[j].Y, 2));
                    Assert.True(distance >= ForceLayout.Radius(graph.Nodes[i]) + ForceLayout.Radius(graph.Nodes[j]),
                        $"{graph.Nodes[i].Name} and {graph.Nodes[j].Name} overlap");
                }
            }
        }
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?\s*(https?:)?//|@import|url\(\s*["']?https?:""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
