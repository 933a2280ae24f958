using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Paths;

namespace PaperGraph.Export;

/// <summary>
/// One self-contained HTML file that explores the graph offline: a canvas drawing with a layout computed here
/// (<see cref="ForceLayout"/>), search, kind filters and legend, pan and zoom, click-to-inspect with evidence
/// sentences, and the path between two selected nodes. No CDN, no library: the script is ours (Export/Html/).
/// </summary>
internal sealed class HtmlExporter : GraphExporter
{
    private static readonly ImmutableArray<EntityKind> KindOrder = EntityKinds.All;
    private static readonly RelationType[] TypeOrder = Enum.GetValues<RelationType>();

    public override string Format => "html";
    public override string Description => "a self-contained HTML explorer (search, filters, details, paths), works offline";
    public override string DefaultExtension => ".html";

    /// <summary>The browser test draws, searches and clicks 5,000 nodes smoothly; beyond that the layout and the canvas slow down.</summary>
    public override int? ReadableNodeLimit => 5000;

    /// <summary>
    /// The layout's force rounds, each weighed as a fiftieth of writing every node and relationship (about what one cost on the seeds),
    /// then every node, every relationship and every relationship's path cost.
    /// </summary>
    public override long Steps(KnowledgeGraph graph) =>
        ForceLayout.Iterations(graph.Nodes.Length) * LayoutRoundSteps(graph) + graph.Nodes.Length + 2L * graph.Edges.Length;

    private static long LayoutRoundSteps(KnowledgeGraph graph) => Math.Max(1, (graph.Nodes.Length + (long)graph.Edges.Length) / 50);

    public override void Write(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        var template = Resource("explorer.html");
        var parts = template.Split("/*DATA*/");
        if (parts.Length != 2)
        {
            throw new InvalidOperationException("explorer.html must hold exactly one /*DATA*/ placeholder");
        }
        var head = parts[0].Replace("/*CSS*/", Resource("explorer.css"), StringComparison.Ordinal);
        var tail = parts[1].Replace("/*JS*/", Resource("explorer.js"), StringComparison.Ordinal);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        output.Write(utf8.GetBytes(head));
        output.Flush();
        WriteData(graph, output, run);
        output.Write(utf8.GetBytes(tail));
    }

    /// <summary>
    /// The explorer's data, compact and with &lt; escaped so it cannot close the script element that holds it
    /// (docs/exports.md describes the shape).
    /// </summary>
    private static void WriteData(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        var layoutRound = LayoutRoundSteps(graph);
        var positions = ForceLayout.Compute(graph, () => run.Step(layoutRound));
        using var writer = new Utf8JsonWriter(output, ExportValues.JsonOptions(indented: false, htmlSafe: true));
        writer.WriteStartObject();
        writer.WriteStartArray("kinds");
        foreach (var kind in KindOrder)
        {
            writer.WriteStartObject();
            writer.WriteString("name", kind.ToName());
            writer.WriteString("color", KindColors.Of(kind));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        ExportValues.WriteStrings(writer, "types", TypeOrder.Select(type => type.ToName()));
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            run.Step();
            var (x, y) = positions[node.Id];
            writer.WriteStartObject();
            writer.WriteNumber("x", x);
            writer.WriteNumber("y", y);
            writer.WriteNumber("r", ForceLayout.Radius(node));
            writer.WriteNumber("k", KindOrder.IndexOf(node.Kind));
            writer.WriteString("n", node.Name);
            writer.WriteString("key", node.Key);
            writer.WriteNumber("p", node.PaperCount);
            if (!node.IsPaper)
            {
                writer.WriteNumber("pr", node.ProposedCount);
            }
            if (!node.Aliases.IsEmpty)
            {
                ExportValues.WriteStrings(writer, "a", node.Aliases);
            }
            if (node.LongForm is not null)
            {
                writer.WriteString("lf", node.LongForm);
            }
            if (node.Parent is not null)
            {
                writer.WriteString("pa", node.Parent);
            }
            if (!node.Dates.IsEmpty)
            {
                ExportValues.WriteStrings(writer, "d", node.Dates);
            }
            writer.WriteEndObject();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        // Edges: [source, target, type index, weight, evidence?]; evidence: [field, sentence index, sentence, [mention texts]].
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            run.Step();
            writer.WriteStartArray();
            writer.WriteNumberValue(edge.Source.Id);
            writer.WriteNumberValue(edge.Target.Id);
            writer.WriteNumberValue(Array.IndexOf(TypeOrder, edge.Type));
            writer.WriteNumberValue(edge.Weight);
            if (!edge.Evidence.IsEmpty)
            {
                writer.WriteStartArray();
                foreach (var sentence in edge.Evidence.GroupBy(evidence => (evidence.Field, evidence.Sentence)).OrderBy(group => group.Key))
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(ExportValues.Field(sentence.Key.Field));
                    writer.WriteNumberValue(sentence.Key.Sentence);
                    writer.WriteStringValue(sentence.First().SentenceText);
                    writer.WriteStartArray();
                    foreach (var text in sentence.Select(evidence => evidence.Text).Distinct(StringComparer.Ordinal))
                    {
                        writer.WriteStringValue(text);
                    }
                    writer.WriteEndArray();
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        // Every edge's path cost, so the explorer's "best path" is the one `papergraph path` finds (Query/PathCost.cs).
        writer.WriteStartArray("costs");
        foreach (var edge in graph.Edges)
        {
            run.Step();
            writer.WriteNumberValue(PathCost.Hop(edge.Type, edge.Weight, edge.Index));
            ExportValues.FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PaperGraph.Export.Html." + name)
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
