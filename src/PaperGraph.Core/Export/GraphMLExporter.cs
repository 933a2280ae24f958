using System.Text;
using System.Xml;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export;

/// <summary>
/// GraphML for Gephi, yEd and Cytoscape Desktop: every node and edge property declared as a typed <c>&lt;key&gt;</c>
/// (docs/exports.md). Lists (aliases, papers, evidence) are JSON array text, since GraphML attributes are scalars.
/// </summary>
internal sealed class GraphMLExporter : GraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    // (id, for, attr.name, attr.type): the declared keys, in the order they are written.
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("key", "node", "key", "string"),
        ("name", "node", "name", "string"),
        ("aliases", "node", "aliases", "string"),
        ("long_form", "node", "long_form", "string"),
        ("paper_count", "node", "paper_count", "int"),
        ("proposed_count", "node", "proposed_count", "int"),
        ("dates", "node", "dates", "string"),
        ("sources", "node", "sources", "string"),
        ("parent", "node", "parent", "string"),
        ("type", "edge", "type", "string"),
        ("weight", "edge", "weight", "double"),
        ("score", "edge", "score", "double"),
        ("evidence_count", "edge", "evidence_count", "int"),
        ("papers", "edge", "papers", "string"),
        ("evidence", "edge", "evidence", "string"),
    ];

    public override string Format => "graphml";
    public override string Description => "GraphML with typed attributes, for Gephi, yEd and Cytoscape Desktop";
    public override string DefaultExtension => ".graphml";

    public override void Write(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        writer.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, owner, name, type) in Keys)
        {
            writer.WriteStartElement("key", Namespace);
            writer.WriteAttributeString("id", id);
            writer.WriteAttributeString("for", owner);
            writer.WriteAttributeString("attr.name", name);
            writer.WriteAttributeString("attr.type", type);
            writer.WriteEndElement();
        }
        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "papergraph");
        writer.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            run.Step();
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", ExportValues.NodeId(node));
            Data(writer, "label", node.Name);
            Data(writer, "kind", node.Kind.ToName());
            Data(writer, "key", node.Key);
            Data(writer, "name", node.Name);
            Data(writer, "aliases", ExportValues.JsonArray(node.Aliases));
            Data(writer, "long_form", node.LongForm);
            Data(writer, "paper_count", ExportValues.Number(node.PaperCount));
            Data(writer, "proposed_count", ExportValues.Number(node.ProposedCount));
            Data(writer, "dates", ExportValues.JsonArray(node.Dates));
            Data(writer, "sources", ExportValues.JsonArray(node.Sources));
            Data(writer, "parent", node.Parent);
            writer.WriteEndElement();
        }
        for (var i = 0; i < graph.Edges.Length; i++)
        {
            run.Step();
            var edge = graph.Edges[i];
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", "e" + ExportValues.Number(i));
            writer.WriteAttributeString("source", ExportValues.NodeId(edge.Source));
            writer.WriteAttributeString("target", ExportValues.NodeId(edge.Target));
            Data(writer, "type", edge.Type.ToName());
            Data(writer, "weight", ExportValues.Number(edge.Weight));
            Data(writer, "score", ExportValues.Number(edge.Score));
            Data(writer, "evidence_count", ExportValues.Number(edge.Evidence.Length));
            Data(writer, "papers", ExportValues.JsonArray(edge.Papers));
            Data(writer, "evidence", ExportValues.EvidenceArray(edge));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Writes one value; a missing one (no long form, no parent) is left out, as GraphML allows.</summary>
    private static void Data(XmlWriter writer, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(XmlText(value));
        writer.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry some control characters even escaped; they become U+FFFD.</summary>
    internal static string XmlText(string value)
    {
        if (value.All(XmlConvert.IsXmlChar) && !value.Any(char.IsSurrogate))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }
        return builder.ToString();
    }
}
