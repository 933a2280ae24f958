using System.CommandLine;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph show X</c>: a profile of one entity.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("entity") { Description = "An entity name, alias or long form" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var top = new Option<int>("--top") { Description = "How many relations per type and related entities to list", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var command = new Command("show", "A profile of one entity: kind, aliases, parent, relations, related entities and papers") { name, json, kind, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [name], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var node = resolved[0];
            var profile = EntityProfile.Build(graph, node, parse.GetValue(top));
            return ShowRenderer.Instance.Render(console, parse.GetValue(json), profile);
        });
        return command;
    }
}
