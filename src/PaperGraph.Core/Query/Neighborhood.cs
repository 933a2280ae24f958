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
        if (depth == 1)
        {
            return Direct(graph, node, top, kind);
        }
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
                (a, b) => ListingOrder(graph, a.Key, a.Value.Strength, b.Key, b.Value.Strength));
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

    /// <summary>
    /// Depth 1, read in weight order with an early stop: a neighbour's strength is its strongest edge, and the row's
    /// entity-to-entity part is strongest first, so once <paramref name="top"/> neighbours are stronger than the edge
    /// at hand no later neighbour can be listed. A hub's row is read only as far as its strongest partners.
    /// </summary>
    private static ImmutableArray<Neighbor> Direct(KnowledgeGraph graph, GraphNode node, int top, NodeKind? kind)
    {
        var adjacency = graph.Adjacency;
        var weights = graph.EdgeTable.Weight;
        var strength = new Dictionary<int, int>();
        for (var slot = adjacency.TaxonomyStart[node.Id]; slot < adjacency.ConceptStart[node.Id]; slot++)
        {
            Offer(adjacency.Neighbor[slot], weights[adjacency.Edge[slot]]);
        }
        // Counted only for neighbours first met in this part: each is at least as strong as the weight it was met at.
        var listable = 0;
        var weightAbove = int.MaxValue;
        var listableAbove = 0;
        for (var slot = adjacency.ConceptStart[node.Id]; slot < adjacency.Start[node.Id + 1]; slot++)
        {
            var weight = weights[adjacency.Edge[slot]];
            if (weight < weightAbove)
            {
                // Every neighbour found so far in this part is at least as strong as the previous weight, so stronger than this one.
                listableAbove = listable;
                weightAbove = weight;
                if (listableAbove >= top)
                {
                    break;
                }
            }
            var other = adjacency.Neighbor[slot];
            if (Offer(other, weight) && (kind is null || graph.Nodes[other].Kind == kind))
            {
                listable++;
            }
        }

        bool Offer(int other, int weight)
        {
            if (other == node.Id)
            {
                return false;
            }
            if (!strength.TryGetValue(other, out var known))
            {
                strength[other] = weight;
                return true;
            }
            strength[other] = Math.Max(known, weight);
            return false;
        }

        var listed = TopK.Select(
            strength.Where(pair => kind is null || graph.Nodes[pair.Key].Kind == kind),
            top,
            (a, b) => ListingOrder(graph, a.Key, a.Value, b.Key, b.Value));
        return [.. listed.Select(pair => new Neighbor(graph.Nodes[pair.Key], 1, node, EdgesBetween(graph, node.Id, pair.Key), pair.Value))];
    }

    /// <summary>Listing order: strongest first, then more papers, then key and kind.</summary>
    private static int ListingOrder(KnowledgeGraph graph, int a, double strengthA, int b, double strengthB)
    {
        var (x, y) = (graph.Nodes[a], graph.Nodes[b]);
        var order = strengthB.CompareTo(strengthA);
        order = order != 0 ? order : y.PaperCount.CompareTo(x.PaperCount);
        order = order != 0 ? order : string.CompareOrdinal(x.Key, y.Key);
        return order != 0 ? order : x.Kind.CompareTo(y.Kind);
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
