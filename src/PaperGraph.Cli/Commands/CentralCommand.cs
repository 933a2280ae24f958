using System.CommandLine;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Query.Ranking;

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
            var measureName = measure.ToString().ToLowerInvariant();
            if (parse.GetValue(json))
            {
                var payload = new
                {
                    measure = measureName,
                    entities = ranked.Select((entity, index) => new
                    {
                        rank = index + 1,
                        kind = NodeText.Kind(entity.Node),
                        key = entity.Node.Key,
                        name = entity.Node.Name,
                        paper_count = entity.Node.PaperCount,
                        pagerank = Math.Round(entity.PageRank, 6),
                        degree = entity.Degree,
                        betweenness = entity.Betweenness is { } value ? EvidenceJson.Round(value) : (double?)null,
                    }),
                };
                console.Out.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
                return ExitCodes.Success;
            }
            console.Out.WriteLine($"Most central by {measureName} (on the co-occurrence graph):");
            var withBetweenness = measure == CentralityMeasure.Betweenness;
            console.Out.WriteLine($"  {"rank",4} {"pagerank",9} {"degree",6}{(withBetweenness ? $" {"betweenness",11}" : "")}  entity");
            for (var i = 0; i < ranked.Length; i++)
            {
                var entity = ranked[i];
                var betweenness = withBetweenness ? $" {entity.Betweenness,11:0.0}" : "";
                console.Out.WriteLine($"  {i + 1,4} {entity.PageRank,9:0.00000} {entity.Degree,6}{betweenness}  {entity.Node.Name} ({NodeText.Kind(entity.Node)}, {entity.Node.PaperCount} papers)");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
