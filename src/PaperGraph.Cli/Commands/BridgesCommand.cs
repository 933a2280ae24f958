using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph bridges A B</c>: the papers that mention both ideas and the entities that go with both.</summary>
internal static class BridgesCommand
{
    public static Command Create(CliConsole console)
    {
        var first = new Argument<string>("a") { Description = "An entity name, alias or long form" };
        var second = new Argument<string>("b") { Description = "Another entity" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var top = new Option<int>("--top") { Description = "How many bridging entities to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("bridges", "What connects two ideas: papers mentioning both, entities that go with both") { first, second, json, kind, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [first, second], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var (a, b) = (resolved[0], resolved[1]);
            var report = Bridges.Between(graph, a, b, parse.GetValue(top));
            return BridgesRenderer.Instance.Render(console, parse.GetValue(json), report);
        });
        return command;
    }
}
