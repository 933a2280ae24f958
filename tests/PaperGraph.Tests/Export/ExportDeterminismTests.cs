using PaperGraph.Export.Selection;
using PaperGraph.Export;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

public sealed class ExportDeterminismTests
{
    public static TheoryData<string> Formats => [.. ExporterRegistry.All.Where(exporter => !exporter.WritesDirectory).Select(exporter => exporter.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_same_input_gives_the_same_bytes(string format)
    {
        var exporter = ExporterRegistry.Find(format)!;
        var first = Export(exporter, Build());
        var second = Export(exporter, Build());
        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_narrowed_graph_exports_the_same_bytes_every_time(string format)
    {
        var exporter = ExporterRegistry.Find(format)!;
        byte[] Narrowed()
        {
            var graph = Build();
            var lora = graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == "lora");
            return Export(exporter, SubgraphSelector.Select(graph, new SubgraphSelection(Around: lora, Depth: 2, Top: 40)));
        }
        Assert.Equal(Narrowed(), Narrowed());
    }

    private static KnowledgeGraph Build()
    {
        return SeedCorpus.Pipeline.BuildGraph(SeedCorpus.Extracted);
    }

    private static byte[] Export(GraphExporter exporter, KnowledgeGraph graph)
    {
        using var memory = new MemoryStream();
        exporter.Write(graph, memory);
        return memory.ToArray();
    }
}
