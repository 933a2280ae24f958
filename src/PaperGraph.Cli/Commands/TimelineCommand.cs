using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
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
            return TimelineRenderer.Instance.Render(console, parse.GetValue(json), new TimelineRenderer.Listing(node, Timeline.Of(graph, node)));
        });
        return command;
    }
}
