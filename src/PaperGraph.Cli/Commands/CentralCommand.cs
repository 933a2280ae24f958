using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Query.Ranking;
using PaperGraph.Cli.Rendering;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph central</c>: the most central entities by PageRank, degree or betweenness.</summary>
internal static class CentralCommand
{
    public static Command Create(CliConsole console)
    {
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = new Option<string?>("--kind") { Description = "Rank only this kind: method, dataset, technique or task" };
        var top = new Option<int>("--top") { Description = "How many to list", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var by = new Option<CentralityMeasure>("--by")
        {
            Description = "pagerank (linked with well-linked entities), degree (entities it appears with) or betweenness (on the shortest paths between others)",
            DefaultValueFactory = _ => CentralityMeasure.PageRank,
        };
        var command = new Command("central", "The most central entities of the co-occurrence graph") { json, kind, top, by };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!EntityArguments.TryParseKind(parse.GetValue(kind), console, out var nodeKind))
            {
                return ExitCodes.Usage;
            }
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var measure = parse.GetValue(by);
            var ranked = Centrality.Rank(graph, measure, parse.GetValue(top), nodeKind);
            return CentralRenderer.Instance.Render(console, parse.GetValue(json), new CentralRenderer.Listing(measure, ranked));
        });
        return command;
    }
}
