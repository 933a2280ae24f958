using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export;

/// <summary>
/// One JSON document with the graph twice: <c>node_link</c> (nodes / links, for D3 and networkx
/// <c>node_link_graph(doc["node_link"], edges="links")</c>) and <c>elements</c> (for Cytoscape.js), see docs/exports.md.
/// </summary>
internal sealed class JsonExporter : GraphExporter
{
    public const string FormatName = "papergraph-export";
    public const int Version = 1;

    public override string Format => "json";
    public override string Description => "JSON with node_link (D3, networkx) and elements (Cytoscape.js)";
    public override string DefaultExtension => ".json";

    /// <summary>Every node and relationship is written twice: as node-link and as Cytoscape elements.</summary>
    public override long Steps(KnowledgeGraph graph) => 2 * base.Steps(graph);

    public override void Write(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        using var writer = new Utf8JsonWriter(output, ExportValues.JsonOptions(indented: false));
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", Version);

        writer.WriteStartObject("node_link");
        writer.WriteBoolean("directed", true);
        writer.WriteBoolean("multigraph", true);
        writer.WriteStartObject("graph");
        writer.WriteString("name", "papergraph");
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            run.Step();
            writer.WriteStartObject();
            writer.WriteString("id", ExportValues.NodeId(node));
            WriteNodeProperties(writer, node);
            writer.WriteEndObject();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("links");
        for (var i = 0; i < graph.Edges.Length; i++)
        {
            run.Step();
            writer.WriteStartObject();
            WriteEdgeProperties(writer, graph.Edges[i], i);
            writer.WriteEndObject();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("elements");
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            run.Step();
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("id", ExportValues.NodeId(node));
            writer.WriteString("label", node.Name);
            WriteNodeProperties(writer, node);
            writer.WriteEndObject();
            writer.WriteEndObject();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        for (var i = 0; i < graph.Edges.Length; i++)
        {
            run.Step();
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            WriteEdgeProperties(writer, graph.Edges[i], i);
            writer.WriteEndObject();
            writer.WriteEndObject();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static void WriteNodeProperties(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteString("kind", node.Kind.ToName());
        writer.WriteString("key", node.Key);
        writer.WriteString("name", node.Name);
        ExportValues.WriteStrings(writer, "aliases", node.Aliases);
        writer.WriteString("long_form", node.LongForm);
        writer.WriteNumber("paper_count", node.PaperCount);
        writer.WriteNumber("proposed_count", node.ProposedCount);
        ExportValues.WriteStrings(writer, "dates", node.Dates);
        ExportValues.WriteStrings(writer, "sources", node.Sources);
        writer.WriteString("parent", node.Parent);
    }

    private static void WriteEdgeProperties(Utf8JsonWriter writer, GraphEdge edge, int index)
    {
        writer.WriteString("id", "e" + ExportValues.Number(index));
        writer.WriteString("source", ExportValues.NodeId(edge.Source));
        writer.WriteString("target", ExportValues.NodeId(edge.Target));
        writer.WriteString("type", edge.Type.ToName());
        writer.WriteNumber("weight", edge.Weight);
        writer.WriteNumber("score", edge.Score);
        writer.WriteNumber("evidence_count", edge.Evidence.Length);
        ExportValues.WriteStrings(writer, "papers", edge.Papers);
        writer.WritePropertyName("evidence");
        ExportValues.WriteEvidence(writer, edge);
    }
}
