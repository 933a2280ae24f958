using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>The entities within a few hops of one entity, over entity-to-entity edges, strongest first at each depth.</summary>
/// <remarks>
/// A hop's strength is the largest weight among the edges between its ends (papers behind them); a neighbour's
/// strength is that of the weakest hop on its strongest way back. The walk goes through every kind; <c>kind</c> only
/// picks what is listed. At most <c>top</c> neighbours are listed per depth.
/// </remarks>
public static class Neighborhood
{
    public static ImmutableArray<Neighbor> Of(KnowledgeGraph graph, GraphNode node, int depth, int top, NodeKind? kind = null)
    {
        var visited = new HashSet<int> { node.Id };
        var frontier = new Dictionary<GraphNode, double> { [node] = double.PositiveInfinity };
        var result = ImmutableArray.CreateBuilder<Neighbor>();
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new Dictionary<GraphNode, Neighbor>();
            foreach (var (from, strength) in frontier.OrderBy(pair => pair.Key.Id))
            {
                foreach (var group in graph.ConceptEdges(from).GroupBy(edge => edge.Other(from)))
                {
                    var other = group.Key;
                    if (visited.Contains(other.Id))
                    {
                        continue;
                    }
                    var reached = Math.Min(strength, group.Max(edge => edge.Weight));
                    if (!next.TryGetValue(other, out var known) || reached > known.Strength)
                    {
                        var edges = group.OrderBy(edge => Specificity(edge.Type)).ThenByDescending(edge => edge.Weight).ToImmutableArray();
                        next[other] = new Neighbor(other, level, from, edges, reached);
                    }
                }
            }
            visited.UnionWith(next.Keys.Select(other => other.Id));
            result.AddRange(next.Values
                .Where(neighbor => kind is null || neighbor.Node.Kind == kind)
                .OrderByDescending(neighbor => neighbor.Strength)
                .ThenByDescending(neighbor => neighbor.Node.PaperCount)
                .ThenBy(neighbor => neighbor.Node.Key, StringComparer.Ordinal)
                .ThenBy(neighbor => neighbor.Node.Kind)
                .Take(top));
            frontier = next.ToDictionary(pair => pair.Key, pair => pair.Value.Strength);
        }
        return result.ToImmutable();
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
