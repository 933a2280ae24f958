using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>neighbors X</c>: direct relations, shared papers, then entities reached through another, by strength.</summary>
internal sealed class NeighborsRenderer : ResultRenderer<NeighborsRenderer.Listing>
{
    /// <summary>The neighbours of <paramref name="Node"/>, grouped by reach and depth in that order.</summary>
    public sealed record Listing(GraphNode Node, IReadOnlyList<Neighbor> Neighbors);

    public static NeighborsRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, Listing listing)
    {
        var (node, neighbors) = listing;
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

    public override object ToJson(Listing listing) => new
    {
        entity = NodeJson.From(listing.Node),
        neighbors = listing.Neighbors.Select(neighbor => new
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
}
