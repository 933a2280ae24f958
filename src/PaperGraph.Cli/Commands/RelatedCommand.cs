using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph related X</c>: the entities most associated with X, with scores and shared papers.</summary>
internal static class RelatedCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("entity") { Description = "An entity name, alias or long form" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var top = new Option<int>("--top") { Description = "How many to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("related", "The entities most associated with one entity: papers in common × PMI") { name, json, kind, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [name], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var node = resolved[0];
            var related = Relatedness.Of(graph, node, parse.GetValue(top));
            return RelatedRenderer.Instance.Render(console, parse.GetValue(json), new RelatedRenderer.Listing(graph, node, related));
        });
        return command;
    }
}
