using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph timeline X</c>: the listing dates of the papers that mention X, in date order.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("entity") { Description = "An entity name, alias or long form" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var command = new Command("timeline", "When an idea shows up: the dates of the papers that mention it") { name, json, kind };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [name], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var node = resolved[0];
            var timeline = Timeline.Of(graph, node);
            var papers = timeline.SelectMany(entry => entry.Papers.Select(paper => paper.Paper)).Distinct().Count();
            if (parse.GetValue(json))
            {
                var payload = new
                {
                    entity = NodeJson.From(node),
                    paper_count = papers,
                    dates = timeline.Select(entry => new
                    {
                        date = entry.Date.Text,
                        sortable = entry.Date.Sortable,
                        papers = entry.Papers.Select(paper => new { kind = "paper", key = paper.Paper.Key, name = paper.Paper.Name, relation = paper.Relation.ToName() }),
                    }),
                };
                console.Out.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
                return ExitCodes.Success;
            }
            console.Out.WriteLine($"{NodeText.Describe(node)}: {"paper".ToQuantity(papers)} on {"date".ToQuantity(timeline.Length)}");
            foreach (var entry in timeline)
            {
                console.Out.WriteLine($"{entry.Date.Text}  ({"paper".ToQuantity(entry.Papers.Length)})");
                foreach (var paper in entry.Papers)
                {
                    var role = paper.Relation == RelationType.Proposes ? "  [proposes]" : "";
                    console.Out.WriteLine($"  {NodeText.Paper(paper.Paper)}{role}");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
