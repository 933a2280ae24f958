using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
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
        output.WriteLine($"{NodeText.Describe(node)} (strength = papers in common × PMI, as in 'related')");
        foreach (var group in neighbors.GroupBy(neighbor => (neighbor.Reach, neighbor.Depth)))
        {
            output.WriteLine(group.Key.Reach switch
            {
                NeighborReach.DirectRelation => "direct relations:",
                NeighborReach.SharedPaper => "shared papers only:",
                _ => $"indirect, {group.Key.Depth} hops away (no direct link to {node.Name}):",
            });
            foreach (var neighbor in group)
            {
                output.WriteLine($"  {NodeText.Describe(neighbor.Node)}  [{How(neighbor)}; strength {neighbor.Strength:0.##}]");
            }
        }
    }

    /// <summary>"IS_A, COMPARED_WITH, 5 shared papers", "3 shared papers", "through data augmentation".</summary>
    private static string How(Neighbor neighbor)
    {
        var shared = neighbor.Edges.FirstOrDefault(edge => edge.Type == RelationType.CoOccurs) is { } together
            ? "paper".ToQuantity((int)together.Weight) + " in common"
            : null;
        var relations = neighbor.Edges.Where(edge => edge.Type != RelationType.CoOccurs).Select(edge => edge.Type.ToName()).Distinct();
        return neighbor.Reach switch
        {
            NeighborReach.Through => $"through {neighbor.Via.Name}",
            _ => string.Join(", ", shared is null ? relations : relations.Append(shared)),
        };
    }

    private static string ReachName(NeighborReach reach) => reach switch
    {
        NeighborReach.DirectRelation => "direct relation",
        NeighborReach.SharedPaper => "shared paper",
        _ => "through",
    };

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
                reach = ReachName(neighbor.Reach),
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
