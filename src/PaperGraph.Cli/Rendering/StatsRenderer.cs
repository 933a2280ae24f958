using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>stats</c>: counts per kind and relationship type, the most connected entities, merges, names kept apart, diagnostics.</summary>
internal sealed class StatsRenderer : ResultRenderer<GraphStatistics>
{
    public static StatsRenderer Instance { get; } = new();

    /// <summary>How many senses of a name kept apart the text lists (the JSON lists them all).</summary>
    private const int SensesShown = 8;

    public override void WriteText(TextWriter output, GraphStatistics stats)
    {
        output.WriteLine($"{"paper".ToQuantity(stats.Papers)}, {"entity".ToQuantity(stats.Entities)}, {"relationship".ToQuantity(stats.Relationships)}");
        foreach (var (kind, count) in stats.NodesByKind)
        {
            output.WriteLine($"  {kind,-10} {count,7}");
        }
        output.WriteLine("relationships:");
        foreach (var (type, count) in stats.EdgesByType)
        {
            output.WriteLine($"  {type,-13} {count,7}");
        }
        output.WriteLine("most connected:");
        foreach (var node in stats.MostConnected)
        {
            output.WriteLine($"  {node.Name} ({node.Kind.ToName()}, {"paper".ToQuantity(node.PaperCount)})");
        }
        output.WriteLine($"merged duplicates: {stats.Merges.Length}");
        foreach (var merge in stats.Merges.Take(20))
        {
            output.WriteLine($"  {merge.Kind.ToName()} '{merge.Key}' → '{merge.MergedKey}' ({merge.Reason})");
        }
        output.WriteLine($"names kept apart (proposed by different papers, nothing says they are one): {stats.KeptApart.Length}");
        foreach (var (kept, nodes) in stats.KeptApart.Take(20))
        {
            // A name a large corpus shares among hundreds of papers would fill a screen: a few senses, then the count.
            var shown = string.Join("; ", nodes.Take(SensesShown).Select(node => node.Name));
            var more = nodes.Count > SensesShown ? $"; … and {nodes.Count - SensesShown} more" : "";
            output.WriteLine($"  {kept.Kind.ToName()} '{kept.Name}': {shown}{more}");
        }
        if (!stats.Curation.IsEmpty || stats.CurationWarnings > 0)
        {
            // Only for graphs built with --curation: the output of every other graph stays as it was.
            output.WriteLine($"curation: {"decision".ToQuantity(stats.Curation.Length)} applied, {"warning".ToQuantity(stats.CurationWarnings)}");
            foreach (var record in stats.Curation)
            {
                output.WriteLine($"  {record}");
            }
        }
        output.WriteLine($"diagnostics: {"error".ToQuantity(stats.Errors)}, {"warning".ToQuantity(stats.Warnings)}, {stats.Infos} info");
        foreach (var (id, count) in stats.DiagnosticsById)
        {
            output.WriteLine($"  {id}  {count}");
        }
    }

    public override object ToJson(GraphStatistics stats)
    {
        return new
        {
            papers = stats.Papers,
            entities = stats.Entities,
            relationships = stats.Relationships,
            nodes_by_kind = stats.NodesByKind.ToDictionary(pair => pair.Kind.ToName(), pair => pair.Count),
            relationships_by_type = stats.EdgesByType.ToDictionary(pair => pair.Type, pair => pair.Count),
            most_connected = stats.MostConnected.Select(node => new { kind = node.Kind.ToName(), key = node.Key, name = node.Name, paper_count = node.PaperCount }),
            merged_duplicates = stats.Merges.Select(merge => new { kind = merge.Kind.ToName(), key = merge.Key, merged_into = merge.MergedKey, reason = merge.Reason }),
            kept_apart = stats.KeptApart.Select(pair => new
            {
                kind = pair.Name.Kind.ToName(),
                name = pair.Name.Name,
                reason = pair.Name.Reason,
                nodes = pair.Nodes.Select(NodeJson.From),
            }),
            curation = new
            {
                applied = stats.Curation.Length,
                warnings = stats.CurationWarnings,
                decisions = stats.Curation.Select(CurationJson),
            },
            diagnostics = stats.DiagnosticsById.ToDictionary(pair => pair.Id, pair => pair.Count),
        };
    }

    public static object CurationJson(CurationRecord record) => new
    {
        decision = record.Decision.ToKey(),
        source = record.Source,
        detail = record.Detail,
        nodes = record.Nodes.Select(node => new { kind = node.Kind.ToName(), key = node.Key }),
    };
}
