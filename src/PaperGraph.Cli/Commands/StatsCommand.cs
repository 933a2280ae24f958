using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph stats</c>: counts per kind, most connected entities, merged duplicates, names kept apart, diagnostics.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var top = new Option<int>("--top") { Description = "How many of the most connected entities to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("stats", "Counts per kind, the most connected entities, merged duplicates, names kept apart and diagnostics") { json, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var stats = GraphStatistics.Compute(graph, parse.GetValue(top));
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, stats);
            }
            else
            {
                WriteText(console.Out, stats);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, GraphStatistics stats)
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
            output.WriteLine($"  {node.Name} ({node.Kind.ToString().ToLowerInvariant()}, {"paper".ToQuantity(node.PaperCount)})");
        }
        output.WriteLine($"merged duplicates: {stats.Merges.Length}");
        foreach (var merge in stats.Merges.Take(20))
        {
            output.WriteLine($"  {merge.Kind.ToString().ToLowerInvariant()} '{merge.Key}' → '{merge.MergedKey}' ({merge.Reason})");
        }
        output.WriteLine($"names kept apart (proposed by different papers, nothing says they are one): {stats.KeptApart.Length}");
        foreach (var (kept, nodes) in stats.KeptApart.Take(20))
        {
            output.WriteLine($"  {kept.Kind.ToString().ToLowerInvariant()} '{kept.Name}': {string.Join("; ", nodes.Select(node => node.Name))}");
        }
        output.WriteLine($"diagnostics: {"error".ToQuantity(stats.Errors)}, {"warning".ToQuantity(stats.Warnings)}, {stats.Infos} info");
        foreach (var (id, count) in stats.DiagnosticsById)
        {
            output.WriteLine($"  {id}  {count}");
        }
    }

    private static void WriteJson(TextWriter output, GraphStatistics stats)
    {
        var payload = new
        {
            papers = stats.Papers,
            entities = stats.Entities,
            relationships = stats.Relationships,
            nodes_by_kind = stats.NodesByKind.ToDictionary(pair => pair.Kind.ToString().ToLowerInvariant(), pair => pair.Count),
            relationships_by_type = stats.EdgesByType.ToDictionary(pair => pair.Type, pair => pair.Count),
            most_connected = stats.MostConnected.Select(node => new { kind = node.Kind.ToString().ToLowerInvariant(), key = node.Key, name = node.Name, paper_count = node.PaperCount }),
            merged_duplicates = stats.Merges.Select(merge => new { kind = merge.Kind.ToString().ToLowerInvariant(), key = merge.Key, merged_into = merge.MergedKey, reason = merge.Reason }),
            kept_apart = stats.KeptApart.Select(pair => new
            {
                kind = pair.Name.Kind.ToString().ToLowerInvariant(),
                name = pair.Name.Name,
                reason = pair.Name.Reason,
                nodes = pair.Nodes.Select(NodeJson.From),
            }),
            diagnostics = stats.DiagnosticsById.ToDictionary(pair => pair.Id, pair => pair.Count),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
