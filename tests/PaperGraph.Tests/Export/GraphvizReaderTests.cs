using System.Xml.Linq;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

/// <summary>DOT exports laid out and rendered by Graphviz itself.</summary>
public sealed class GraphvizReaderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [GraphvizFact]
    public void Graphviz_renders_every_name_exactly_as_written()
    {
        var graph = SampleGraphs.Tricky();
        var svg = Render(graph, "dot");
        var labels = NodeGroups(svg).ToDictionary(
            group => group.Element(Svg + "title")!.Value,
            group => string.Join("\n", group.Descendants(Svg + "text").Select(text => text.Value)));
        Assert.Equal(graph.Nodes.Length, labels.Count);
        foreach (var node in graph.Nodes.Where(node => !node.IsPaper))
        {
            // Graphviz cannot show a tab; the export turns control characters into spaces.
            Assert.Equal(node.Name.Replace('\t', ' '), labels[ExportValues.NodeId(node)]);
        }
        Assert.Equal(graph.Edges.Length, svg.Descendants(Svg + "g").Count(group => (string?)group.Attribute("class") == "edge"));
    }

    [GraphvizFact]
    public void Graphviz_lays_out_the_whole_seed_graph_with_every_node_and_edge()
    {
        var graph = SeedCorpus.Graph;
        // sfdp: dot's own hierarchical layout of 7,000 edges takes minutes; the parse is the same.
        var svg = Render(graph, "sfdp");
        Assert.Equal(graph.Nodes.Length, NodeGroups(svg).Count());
        Assert.Equal(graph.Edges.Length, svg.Descendants(Svg + "g").Count(group => (string?)group.Attribute("class") == "edge"));
        var lora = graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == "lora");
        Assert.Contains(NodeGroups(svg), group => group.Element(Svg + "title")!.Value == ExportValues.NodeId(lora)
            && group.Descendants(Svg + "text").Any(text => text.Value == lora.Name));
    }

    [Fact]
    public void Quote_escapes_quotes_backslashes_and_line_breaks()
    {
        Assert.Equal("\"a \\\"b\\\" c\"", DotExporter.Quote("a \"b\" c"));
        Assert.Equal("\"x\\\\\"", DotExporter.Quote("x\\"));
        Assert.Equal("\"one\\ntwo\\nthree\"", DotExporter.Quote("one\r\ntwo\nthree"));
        Assert.Equal("\"a b\"", DotExporter.Quote("a\u0001b"));
    }

    private static IEnumerable<XElement> NodeGroups(XDocument svg) =>
        svg.Descendants(Svg + "g").Where(group => (string?)group.Attribute("class") == "node");

    private static XDocument Render(KnowledgeGraph graph, string engine)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("graph.dot");
        using (var file = File.Create(path))
        {
            new DotExporter().Write(graph, file);
        }
        var svgPath = temp.Combine("graph.svg");
        var (exit, _, error) = ExternalTools.Run("dot", ["-K" + engine, "-Tsvg", "-o", svgPath, path]);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("Error", error, StringComparison.Ordinal);
        return XDocument.Load(svgPath);
    }
}
