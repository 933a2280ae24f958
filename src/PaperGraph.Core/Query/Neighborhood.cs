using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>The entities within a few hops of one entity, over entity-to-entity edges, strongest first at each depth.</summary>
/// <remarks>
/// A hop's strength is the largest weight among the edges between its ends (papers behind them); a neighbour's
/// strength is that of the weakest hop on its strongest way back. The walk goes through every kind; <c>kind</c> only
/// picks what is listed. At most <c>top</c> neighbours are listed per depth. The walk reads the adjacency columns;
/// only the listed neighbours' edges become <see cref="GraphEdge"/> views.
/// </remarks>
public static class Neighborhood
{
    public static ImmutableArray<Neighbor> Of(KnowledgeGraph graph, GraphNode node, int depth, int top, NodeKind? kind = null)
    {
        var adjacency = graph.Adjacency;
        var weights = graph.EdgeTable.Weight;
        var visited = new HashSet<int> { node.Id };
        var frontier = new List<(int Node, double Strength)> { (node.Id, double.PositiveInfinity) };
        var result = ImmutableArray.CreateBuilder<Neighbor>();
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new Dictionary<int, (double Strength, int From)>();
            foreach (var (from, strength) in frontier)
            {
                for (var slot = adjacency.TaxonomyStart[from]; slot < adjacency.Start[from + 1]; slot++)
                {
                    var other = adjacency.Neighbor[slot];
                    if (visited.Contains(other))
                    {
                        continue;
                    }
                    var reached = Math.Min(strength, weights[adjacency.Edge[slot]]);
                    if (!next.TryGetValue(other, out var known) || reached > known.Strength)
                    {
                        next[other] = (reached, from);
                    }
                }
            }
            visited.UnionWith(next.Keys);
            var listed = TopK.Select(
                next.Where(pair => kind is null || graph.Nodes[pair.Key].Kind == kind),
                top,
                (a, b) =>
                {
                    var x = graph.Nodes[a.Key];
                    var y = graph.Nodes[b.Key];
                    var order = b.Value.Strength.CompareTo(a.Value.Strength);
                    order = order != 0 ? order : y.PaperCount.CompareTo(x.PaperCount);
                    order = order != 0 ? order : string.CompareOrdinal(x.Key, y.Key);
                    return order != 0 ? order : x.Kind.CompareTo(y.Kind);
                });
            foreach (var (other, (reached, from)) in listed)
            {
                result.Add(new Neighbor(graph.Nodes[other], level, graph.Nodes[from], EdgesBetween(graph, from, other), reached));
            }
            if (level < depth)
            {
                frontier = [.. next.Select(pair => (pair.Key, pair.Value.Strength)).OrderBy(pair => pair.Key)];
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The entity-to-entity edges between two nodes, the most specific first, then the strongest.</summary>
    /// <remarks>Read from the shorter of the two rows: a hub's row has tens of thousands of edges, its partner's a few.</remarks>
    private static ImmutableArray<GraphEdge> EdgesBetween(KnowledgeGraph graph, int from, int other)
    {
        var adjacency = graph.Adjacency;
        var (row, partner) = adjacency.Start[from + 1] - adjacency.TaxonomyStart[from] <= adjacency.Start[other + 1] - adjacency.TaxonomyStart[other]
            ? (from, other)
            : (other, from);
        var edges = new List<GraphEdge>();
        for (var slot = adjacency.TaxonomyStart[row]; slot < adjacency.Start[row + 1]; slot++)
        {
            if (adjacency.Neighbor[slot] == partner)
            {
                edges.Add(graph.Edge(adjacency.Edge[slot]));
            }
        }
        return [.. edges.OrderBy(edge => Specificity(edge.Type)).ThenByDescending(edge => edge.Weight).ThenBy(edge => edge.Index)];
    }

    /// <summary>Stated relations explain more than a summary of papers, so they are listed first.</summary>
    private static int Specificity(RelationType type) => type switch
    {
        RelationType.PartOf => 0,
        RelationType.Extends => 1,
        RelationType.ComparedWith => 2,
        RelationType.IsA => 3,
        RelationType.Applies => 4,
        RelationType.EvaluatedOn => 5,
        _ => 6,
    };
}
