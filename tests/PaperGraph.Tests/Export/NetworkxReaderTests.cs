using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

/// <summary>GraphML and node-link JSON read back by networkx, a reader we did not write.</summary>
public sealed class NetworkxReaderTests
{
    // Reads an export with networkx and prints every node and edge with all their attributes as JSON.
    private const string ReadScript = """
        import json, sys
        import networkx as nx
        kind, path = sys.argv[1], sys.argv[2]
        if kind == "graphml":
            g = nx.read_graphml(path)
        else:
            with open(path, encoding="utf-8") as f:
                g = nx.node_link_graph(json.load(f)["node_link"], edges="links")
        out = {
            "class": type(g).__name__,
            "nodes": {n: d for n, d in g.nodes(data=True)},
            "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
        }
        json.dump(out, sys.stdout, ensure_ascii=False)
        """;

    [NetworkxFact]
    public void Networkx_read_graphml_sees_every_node_edge_and_attribute_of_the_seed_graph() =>
        AssertNetworkxSeesEverything(SeedCorpus.Graph, new GraphMLExporter(), "graphml");

    [NetworkxFact]
    public void Networkx_node_link_graph_sees_every_node_edge_and_attribute_of_the_seed_graph() =>
        AssertNetworkxSeesEverything(SeedCorpus.Graph, new JsonExporter(), "node_link");

    [NetworkxFact]
    public void Networkx_reads_names_that_need_escaping_unchanged_from_both_formats()
    {
        AssertNetworkxSeesEverything(SampleGraphs.Tricky(), new GraphMLExporter(), "graphml");
        AssertNetworkxSeesEverything(SampleGraphs.Tricky(), new JsonExporter(), "node_link");
    }

    private static void AssertNetworkxSeesEverything(KnowledgeGraph graph, GraphExporter exporter, string kind)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("graph" + exporter.DefaultExtension);
        using (var file = File.Create(path))
        {
            exporter.Write(graph, file);
        }
        var script = temp.File("read.py", ReadScript);
        var (exit, output, error) = ExternalTools.Run("python3", [script, kind, path]);
        Assert.True(exit == 0, error);
        using var read = JsonDocument.Parse(output);
        var root = read.RootElement;
        Assert.EndsWith("DiGraph", root.GetProperty("class").GetString());

        var nodes = root.GetProperty("nodes");
        Assert.Equal(graph.Nodes.Length, nodes.EnumerateObject().Count());
        foreach (var node in graph.Nodes)
        {
            var attributes = nodes.GetProperty(ExportValues.NodeId(node));
            Assert.Equal(node.Kind.ToName(), attributes.GetProperty("kind").GetString());
            Assert.Equal(node.Key, attributes.GetProperty("key").GetString());
            Assert.Equal(node.Name, attributes.GetProperty("name").GetString());
            Assert.Equal(node.Aliases, Strings(attributes.GetProperty("aliases")));
            Assert.Equal(node.Dates, Strings(attributes.GetProperty("dates")));
            Assert.Equal(node.Sources, Strings(attributes.GetProperty("sources")));
            Assert.Equal(node.PaperCount, attributes.GetProperty("paper_count").GetInt32());
            Assert.Equal(node.ProposedCount, attributes.GetProperty("proposed_count").GetInt32());
            Assert.Equal(node.LongForm, OptionalString(attributes, "long_form"));
            Assert.Equal(node.Parent, OptionalString(attributes, "parent"));
        }

        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(graph.Edges.Length, edges.Count);
        // networkx groups a multigraph's edges by source node; match them up by source, target and type.
        var expected = graph.Edges.Select(Signature).Order(StringComparer.Ordinal).ToList();
        var actual = edges.Select(edge => string.Join("|",
            edge[0].GetString(), edge[1].GetString(), edge[2].GetProperty("type").GetString(),
            edge[2].GetProperty("weight").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            edge[2].GetProperty("score").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            edge[2].GetProperty("evidence_count").GetInt32(),
            string.Join(",", Strings(edge[2].GetProperty("papers"))),
            string.Join("§", Evidence(edge[2].GetProperty("evidence")))))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static string Signature(GraphEdge edge) => string.Join("|",
        ExportValues.NodeId(edge.Source), ExportValues.NodeId(edge.Target), edge.Type.ToName(),
        edge.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        edge.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        edge.Evidence.Length,
        string.Join(",", edge.Papers),
        string.Join("§", edge.Evidence.Select(e => $"{e.PaperId}/{ExportValues.Field(e.Field)}/{e.Sentence}/{e.Start}/{e.End}/{e.Text}/{e.SentenceText}")));

    /// <summary>A list attribute: a JSON array in node-link, JSON array text in GraphML.</summary>
    private static string[] Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            using var parsed = JsonDocument.Parse(value.GetString()!);
            return Strings(parsed.RootElement.Clone());
        }
        return value.EnumerateArray().Select(item => item.GetString()!).ToArray();
    }

    private static IEnumerable<string> Evidence(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            using var parsed = JsonDocument.Parse(value.GetString()!);
            return Evidence(parsed.RootElement.Clone()).ToList();
        }
        return value.EnumerateArray().Select(e =>
            $"{e.GetProperty("paper").GetString()}/{e.GetProperty("field").GetString()}/{e.GetProperty("sentence").GetInt32()}/{e.GetProperty("start").GetInt32()}/{e.GetProperty("end").GetInt32()}/{e.GetProperty("text").GetString()}/{e.GetProperty("sentence_text").GetString()}");
    }

    /// <summary>GraphML leaves a missing value out; node-link writes null.</summary>
    private static string? OptionalString(JsonElement attributes, string name) =>
        attributes.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
