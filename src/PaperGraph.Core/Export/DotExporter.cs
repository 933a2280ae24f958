using System.Text;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export;

/// <summary>
/// DOT for Graphviz: a digraph with one statement per node and edge, coloured by kind, every string quoted and
/// escaped (docs/exports.md), so any name survives <c>dot</c>.
/// </summary>
internal sealed class DotExporter : GraphExporter
{
    private const int PaperLabelLength = 60;

    public override string Format => "dot";
    public override string Description => "DOT for Graphviz (dot, neato, sfdp)";
    public override string DefaultExtension => ".dot";

    public override void Write(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("digraph papergraph {");
        writer.WriteLine("  graph [charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\"];");
        writer.WriteLine("  node [shape=\"box\", style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=\"10\"];");
        writer.WriteLine("  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#00000066\", fontcolor=\"#555555\"];");
        WriteLegend(writer);
        foreach (var node in graph.Nodes)
        {
            run.Step();
            var label = node.IsPaper && node.Name.Length > PaperLabelLength ? node.Name[..(PaperLabelLength - 1)].TrimEnd() + "…" : node.Name;
            writer.Write($"  {ExportValues.NodeId(node)} [");
            Attribute(writer, "label", label, first: true);
            Attribute(writer, "tooltip", node.Name);
            Attribute(writer, "fillcolor", KindColors.Of(node.Kind));
            Attribute(writer, "kind", node.Kind.ToName());
            Attribute(writer, "key", node.Key);
            Attribute(writer, "paper_count", ExportValues.Number(node.PaperCount));
            Attribute(writer, "proposed_count", ExportValues.Number(node.ProposedCount));
            Attribute(writer, "aliases", ExportValues.JsonArray(node.Aliases));
            if (node.LongForm is not null)
            {
                Attribute(writer, "long_form", node.LongForm);
            }
            if (node.Parent is not null)
            {
                Attribute(writer, "parent", node.Parent);
            }
            writer.WriteLine("];");
        }
        foreach (var edge in graph.Edges)
        {
            run.Step();
            writer.Write($"  {ExportValues.NodeId(edge.Source)} -> {ExportValues.NodeId(edge.Target)} [");
            Attribute(writer, "type", edge.Type.ToName(), first: true);
            // The relation on the line itself: a picture around an entity reads without a key to the colours.
            Attribute(writer, "label", edge.Type.ToName());
            Attribute(writer, "weight", ExportValues.Number(edge.Weight));
            Attribute(writer, "score", ExportValues.Number(edge.Score));
            Attribute(writer, "evidence_count", ExportValues.Number(edge.Evidence.Length));
            if (edge.Type == RelationType.CoOccurs)
            {
                Attribute(writer, "dir", "none");
            }
            writer.WriteLine("];");
        }
        writer.WriteLine("}");
    }

    /// <summary>
    /// The legend is the graph's own label (an HTML-like table at the bottom), not extra nodes, so every node in the
    /// file is one of the graph's: the node colours by kind, and what the edge labels and arrows mean.
    /// </summary>
    private static void WriteLegend(TextWriter writer)
    {
        var kinds = string.Concat(EntityKinds.All.Select(kind => $"<td bgcolor=\"{KindColors.Of(kind)}\">{kind.ToName()}</td>"));
        var count = EntityKinds.All.Length;
        writer.WriteLine($"  graph [labelloc=\"b\", fontname=\"Helvetica\", fontsize=\"9\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">" +
            $"<tr><td colspan=\"{count}\"><b>legend</b></td></tr><tr>{kinds}</tr>" +
            $"<tr><td colspan=\"{count}\">edge label = relationship: PROPOSES, USES, EVALUATES_ON, ADDRESSES (paper → entity); IS_A (narrower → broader);</td></tr>" +
            $"<tr><td colspan=\"{count}\">CO_OCCURS (same papers, no arrow); APPLIES, EVALUATED_ON, PART_OF, COMPARED_WITH, EXTENDS (stated or derived)</td></tr></table>>];");
    }

    private static void Attribute(TextWriter writer, string name, string value, bool first = false)
    {
        if (!first)
        {
            writer.Write(", ");
        }
        writer.Write(name);
        writer.Write('=');
        writer.Write(Quote(value));
    }

    /// <summary>
    /// A DOT double-quoted string. Backslash starts an escape in Graphviz strings (\n, \l, \N…), so it is doubled;
    /// quotes are escaped; line breaks become \n; other control characters, which Graphviz cannot show, become spaces.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append(@"\n");
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }
}
