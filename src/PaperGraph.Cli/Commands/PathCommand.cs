using System.CommandLine;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Syntax;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph path A B</c>: the shortest connection, every hop with the sentence that justifies it.</summary>
internal static class PathCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("from") { Description = "An entity name, alias or long form (case-insensitive)" };
        var to = new Argument<string>("to") { Description = "Another entity" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path to look for", DefaultValueFactory = _ => 8 };
        var command = new Command("path", "How two ideas connect: the shortest explained path between two entities") { from, to, json, kind, maxHops };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!EntityArguments.TryParseKind(parse.GetValue(kind), console, out var nodeKind))
            {
                return ExitCodes.Usage;
            }
            var reporter = new DiagnosticReporter(console.Error);
            var graph = graphOptions.Open(parse, reporter, console);
            if (graph is null)
            {
                return reporter.ExitCode == 0 ? ExitCodes.Usage : reporter.ExitCode;
            }
            var resolver = new EntityResolver(graph);
            var source = EntityArguments.Resolve(resolver, parse.GetValue(from)!, nodeKind, console);
            var target = EntityArguments.Resolve(resolver, parse.GetValue(to)!, nodeKind, console);
            if (source is null || target is null)
            {
                return ExitCodes.Usage;
            }
            var path = PathFinder.ShortestPath(graph, source, target, parse.GetValue(maxHops));
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, source, target, path);
            }
            else
            {
                WriteText(console.Out, source, target, path, parse.GetValue(maxHops));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, GraphNode source, GraphNode target, IReadOnlyList<PathHop>? path, int maxHops)
    {
        if (path is null)
        {
            output.WriteLine($"No connection between {Describe(source)} and {Describe(target)} within {maxHops} hops: no paper links them, directly or through shared entities.");
            return;
        }
        output.WriteLine($"{Describe(source)} → {Describe(target)}: {path.Count} hops");
        foreach (var hop in path)
        {
            var arrow = hop.IsReversed ? $"<-[{hop.Edge.Type.ToName()}]-" : $"-[{hop.Edge.Type.ToName()}]->";
            output.WriteLine($"  {Describe(hop.From)} {arrow} {Describe(hop.To)}");
            if (hop.Edge.Evidence.FirstOrDefault() is { } evidence)
            {
                var where = evidence.Field == DocumentField.Title ? "title" : $"sentence {evidence.Sentence}";
                output.WriteLine($"      \"{evidence.SentenceText}\"  ({where}, \"{evidence.Text}\" at {evidence.Start}..{evidence.End})");
            }
            else if (hop.Edge.Type == RelationType.IsA)
            {
                output.WriteLine("      (technique taxonomy in the lexicon)");
            }
        }
        var papers = path.SelectMany(hop => new[] { hop.From, hop.To }).Where(node => node.IsPaper).Distinct().ToList();
        if (papers.Count > 0)
        {
            output.WriteLine("papers:");
            foreach (var paper in papers)
            {
                output.WriteLine($"  [{paper.Key}] {paper.Name}");
            }
        }
    }

    private static string Describe(GraphNode node) =>
        node.IsPaper ? $"paper \"{Shorten(node.Name)}\"" : $"{node.Name} ({node.Kind.ToString().ToLowerInvariant()})";

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";

    private static void WriteJson(TextWriter output, GraphNode source, GraphNode target, IReadOnlyList<PathHop>? path)
    {
        var payload = new
        {
            from = NodeJson.From(source),
            to = NodeJson.From(target),
            found = path is not null,
            hops = path?.Select(hop => new
            {
                from = NodeJson.From(hop.From),
                type = hop.Edge.Type.ToName(),
                direction = hop.IsReversed ? "backward" : "forward",
                to = NodeJson.From(hop.To),
                evidence = hop.Edge.Evidence.Select(evidence => new
                {
                    paper = evidence.PaperId,
                    field = evidence.Field == DocumentField.Title ? "title" : "abstract",
                    sentence = evidence.Sentence,
                    start = evidence.Start,
                    end = evidence.End,
                    text = evidence.Text,
                    sentence_text = evidence.SentenceText,
                }),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
