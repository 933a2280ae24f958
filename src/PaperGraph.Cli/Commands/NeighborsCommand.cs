using System.CommandLine;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph neighbors X</c>: the entities within a few hops of X, strongest first at each depth.</summary>
internal static class NeighborsCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("entity") { Description = "An entity name, alias or long form" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = new Option<string?>("--kind")
        {
            Description = "List only neighbours of this kind (method, dataset, technique, task); also settles a name several kinds share",
        };
        var depth = new Option<int>("--depth") { Description = "How many hops away to look", DefaultValueFactory = _ => 2 }.AtLeast(1);
        var top = new Option<int>("--top") { Description = "How many to list per group and depth", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("neighbors", "The entities near one entity, by co-occurrence and stated relations") { name, json, kind, depth, top };
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
            var node = EntityArguments.ResolvePreferring(new EntityResolver(graph), parse.GetValue(name)!, nodeKind, console);
            if (node is null)
            {
                return ExitCodes.Usage;
            }
            var neighbors = Neighborhood.Of(graph, node, parse.GetValue(depth), parse.GetValue(top), nodeKind);
            return NeighborsRenderer.Instance.Render(console, parse.GetValue(json), new NeighborsRenderer.Listing(node, neighbors));
        });
        return command;
    }
}
