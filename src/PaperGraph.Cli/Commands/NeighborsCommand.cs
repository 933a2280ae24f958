using System.CommandLine;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query;

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
        var depth = new Option<int>("--depth") { Description = "How many hops away to look", DefaultValueFactory = _ => 2 };
        var top = new Option<int>("--top") { Description = "How many to list per depth", DefaultValueFactory = _ => 10 };
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
            var neighbors = Neighborhood.Of(graph, node, Math.Max(1, parse.GetValue(depth)), parse.GetValue(top), nodeKind);
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, node, neighbors);
            }
            else
            {
                WriteText(console.Out, node, neighbors);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, GraphNode node, IReadOnlyList<Neighbor> neighbors)
    {
        if (neighbors.Count == 0)
        {
            output.WriteLine($"{NodeText.Describe(node)} has no neighbours of that kind.");
            return;
        }
        output.WriteLine(NodeText.Describe(node));
        foreach (var level in neighbors.GroupBy(neighbor => neighbor.Depth))
        {
            output.WriteLine($"depth {level.Key}:");
            foreach (var neighbor in level)
            {
                var types = string.Join(", ", neighbor.Edges.Select(edge => edge.Type.ToName()).Distinct());
                var via = neighbor.Depth > 1 ? $" via {neighbor.Via.Name}" : "";
                output.WriteLine($"  {NodeText.Describe(neighbor.Node)}  [{types}{via}; strength {neighbor.Strength:0.##}]");
            }
        }
    }

    private static void WriteJson(TextWriter output, GraphNode node, IReadOnlyList<Neighbor> neighbors)
    {
        var payload = new
        {
            entity = NodeJson.From(node),
            neighbors = neighbors.Select(neighbor => new
            {
                kind = NodeText.Kind(neighbor.Node),
                key = neighbor.Node.Key,
                name = neighbor.Node.Name,
                depth = neighbor.Depth,
                via = NodeJson.From(neighbor.Via),
                relations = neighbor.Edges.Select(edge => new
                {
                    type = edge.Type.ToName(),
                    direction = ReferenceEquals(edge.Source, neighbor.Via) ? "forward" : "backward",
                    weight = EvidenceJson.Round(edge.Weight),
                }),
                strength = EvidenceJson.Round(neighbor.Strength),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
