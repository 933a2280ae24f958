using System.Collections.Immutable;
using System.CommandLine;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph.Building;
using PaperGraph.Cli.Rendering;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Paths;

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
            return PathRenderer.Instance.Render(console, parse.GetValue(json), new PathRenderer.Listing(source, target, paths, search));
        });
        return command;
    }

    private static bool TryParseKinds(string[] texts, CliConsole console, out ImmutableArray<EntityKind> kinds)
    {
        var parsed = new List<EntityKind>();
        foreach (var text in texts.SelectMany(text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!EntityKindNames.TryParse(text, out var entityKind))
            {
                console.Report(DiagnosticCatalog.UnknownKind, text, "--kinds", EntityArguments.KindNames);
                kinds = [];
                return false;
            }
            parsed.Add(entityKind);
        }
        kinds = [.. parsed.Distinct()];
        return true;
    }
}
