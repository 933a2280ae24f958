using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph path A B</c>: the k best connections, every hop with the sentence that justifies it.</summary>
internal static class PathCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("from") { Description = "An entity name, alias or long form (case-insensitive)" };
        var to = new Argument<string>("to") { Description = "Another entity" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path to look for (1 to 64)", DefaultValueFactory = _ => 8 }.AtLeast(1, PathCost.MaxHops);
        var k = new Option<int>("--k") { Description = "How many connections to show, best first, each through different papers or entities (1 is a bidirectional search, fast on any graph; more runs Yen's algorithm, which takes seconds on a million papers; the best is the same either way)", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var via = new Option<PathVia>("--via")
        {
            Description = "papers: through papers, every hop a sentence; concepts: entity to entity (co-occurrence and stated relations)",
            DefaultValueFactory = _ => PathVia.Papers,
        };
        var kinds = new Option<string[]>("--kinds")
        {
            Description = "Only these entity kinds may stand between the two ends (method, dataset, technique, task; comma-separated or repeated)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("path", "How two ideas connect: the best explained paths between two entities") { from, to, json, kind, maxHops, k, via, kinds };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!EntityArguments.TryParseKind(parse.GetValue(kind), console, out var nodeKind) || !TryParseKinds(parse.GetValue(kinds) ?? [], console, out var allowed))
            {
                return ExitCodes.Usage;
            }
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            if (!EntityArguments.TryResolve(graph, [parse.GetValue(from)!, parse.GetValue(to)!], nodeKind, console, out var resolved))
            {
                return ExitCodes.Usage;
            }
            var (source, target) = (resolved[0], resolved[1]);
            var search = new PathSearch(parse.GetValue(k), parse.GetValue(maxHops), parse.GetValue(via)) { Kinds = allowed };
            var paths = PathFinder.BestPaths(graph, source, target, search);
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, source, target, paths);
            }
            else
            {
                WriteText(console.Out, source, target, paths, search);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryParseKinds(string[] texts, CliConsole console, out ImmutableArray<NodeKind> kinds)
    {
        var parsed = new List<NodeKind>();
        foreach (var text in texts.SelectMany(text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!EntityKindNames.TryParse(text, out var entityKind))
            {
                console.Report(DiagnosticCatalog.UnknownKind, text, "--kinds", EntityArguments.KindNames);
                kinds = [];
                return false;
            }
            parsed.Add(GraphBuilder.ToNodeKind(entityKind));
        }
        kinds = [.. parsed.Distinct()];
        return true;
    }

    private static void WriteText(TextWriter output, GraphNode source, GraphNode target, IReadOnlyList<ExplainedPath> paths, PathSearch search)
    {
        var maxHops = search.MaxHops;
        if (source.Id == target.Id)
        {
            output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: 0 hops (the same entity)");
            return;
        }
        if (paths.Count == 0)
        {
            output.WriteLine($"No connection between {NodeText.Describe(source)} and {NodeText.Describe(target)} within {maxHops} hops: no paper links them, directly or through shared entities.");
            return;
        }
        if (paths.Count == 1)
        {
            output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: {paths[0].Hops.Length} hops");
            WritePath(output, paths[0], "");
            WriteFewerThanAsked(output, paths.Count, search.K);
            return;
        }
        output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: {paths.Count} connections, the best in {paths[0].Hops.Length} hops");
        for (var i = 0; i < paths.Count; i++)
        {
            output.WriteLine();
            output.WriteLine($"connection {i + 1}: {paths[i].Hops.Length} hops");
            WritePath(output, paths[i], "  ");
        }
        WriteFewerThanAsked(output, paths.Count, search.K);
    }

    private static void WriteFewerThanAsked(TextWriter output, int found, int asked)
    {
        if (found < asked)
        {
            output.WriteLine();
            output.WriteLine($"(only {"connection".ToQuantity(found)} within the hop limit: every other one passes through mostly the same papers and entities)");
        }
    }

    private static void WritePath(TextWriter output, ExplainedPath path, string indent)
    {
        foreach (var hop in path.Hops)
        {
            var name = hop.Edge.Type.ToName();
            var arrow = hop.Edge.Type == RelationType.CoOccurs ? $"-[{name}]-" : hop.IsReversed ? $"<-[{name}]-" : $"-[{name}]->";
            var support = hop.Edge.Source.IsPaper || hop.Edge.Papers.IsEmpty ? "" : $"  ({"paper".ToQuantity(hop.Edge.Papers.Length)})";
            output.WriteLine($"{indent}  {NodeText.Describe(hop.From)} {arrow} {NodeText.Describe(hop.To)}{support}");
            if (hop.Evidence.FirstOrDefault() is { } evidence)
            {
                output.WriteLine($"{indent}      {NodeText.Evidence(evidence)}");
            }
            else if (hop.Edge.Type == RelationType.IsA)
            {
                output.WriteLine($"{indent}      (technique taxonomy in the lexicon)");
            }
        }
        if (path.Papers.Length > 0)
        {
            output.WriteLine($"{indent}papers:");
            foreach (var paper in path.Papers)
            {
                output.WriteLine($"{indent}  {NodeText.Paper(paper)}");
            }
        }
    }

    private static object HopJson(PathHop hop) => new
    {
        from = NodeJson.From(hop.From),
        type = hop.Edge.Type.ToName(),
        direction = hop.IsReversed ? "backward" : "forward",
        to = NodeJson.From(hop.To),
        evidence = hop.Evidence.Select(EvidenceJson.From),
        papers = hop.Edge.Papers,
    };

    private static void WriteJson(TextWriter output, GraphNode source, GraphNode target, IReadOnlyList<ExplainedPath> paths)
    {
        var payload = new
        {
            from = NodeJson.From(source),
            to = NodeJson.From(target),
            found = paths.Count > 0 || source.Id == target.Id,
            hops = paths.Count > 0 ? paths[0].Hops.Select(HopJson) : source.Id == target.Id ? [] : null,
            paths = paths.Select((path, index) => new
            {
                rank = index + 1,
                hop_count = path.Hops.Length,
                cost = EvidenceJson.Round(path.Cost),
                hops = path.Hops.Select(HopJson),
                papers = path.Papers.Select(NodeJson.From),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
