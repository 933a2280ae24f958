using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Neighbours;

/// <summary>The entities within a few hops of one entity, over entity-to-entity edges: direct relations, shared papers, then further out.</summary>
/// <remarks>
/// At depth 1 the neighbours joined by a stated or taxonomic relation are listed apart from those that only share
/// papers, and the shared-paper ones are ranked as <see cref="Relatedness"/> ranks them (papers in common × PMI), so
/// a generic term found in many papers does not outrank a specific one; direct relations are ordered the same way, then
/// by how specific the relation is. Further out, a neighbour's strength is that of the weakest co-occurrence on its
/// strongest way back. The walk goes through every kind; <c>kind</c> only picks what
/// is listed. At most <c>top</c> neighbours are listed per group (direct, shared papers, each further depth).
/// </remarks>
public static class Neighborhood
{
    public static ImmutableArray<Neighbor> Of(KnowledgeGraph graph, GraphNode node, int depth, int top, EntityKind? kind = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var result = ImmutableArray.CreateBuilder<Neighbor>();
        result.AddRange(Direct(graph, node, top, kind));
        if (depth == 1)
        {
            return result.ToImmutable();
        }
        var visited = new HashSet<int> { node.Id };
        var frontier = new List<(int Node, double Strength)> { (node.Id, double.PositiveInfinity) };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new Dictionary<int, (double Strength, int From)>();
            foreach (var (from, strength) in frontier)
            {
                var row = graph.Row(from, RowParts.Concepts);
                for (var slot = 0; slot < row.Length; slot++)
                {
                    var other = row.Neighbours[slot];
                    if (visited.Contains(other))
                    {
                        continue;
                    }
                    var reached = Math.Min(strength, HopStrength(graph, row.Edges[slot]));
                    if (!next.TryGetValue(other, out var known) || reached > known.Strength)
                    {
                        next[other] = (reached, from);
                    }
                }
            }
            visited.UnionWith(next.Keys);
            if (level > 1)
            {
                var listed = TopK.Select(
                    next.Where(pair => kind is null || graph.Nodes[pair.Key].Kind == kind),
                    top,
                    (a, b) => ListingOrder(graph, a.Key, a.Value.Strength, b.Key, b.Value.Strength));
                foreach (var (other, (reached, from)) in listed)
                {
                    result.Add(new Neighbor(graph.Nodes[other], level, graph.Nodes[from], EdgesBetween(graph, from, other), reached, NeighborReach.Through));
                }
            }
            if (level < depth)
            {
                frontier = [.. next.Select(pair => (pair.Key, pair.Value.Strength)).OrderBy(pair => pair.Key)];
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// A hop is as strong as the association of its co-occurrence; the other edges between the same two entities add
    /// nothing (0), so a hop joined only by a stated relation or IS_A, with no paper in common, has strength 0.
    /// </summary>
    private static double HopStrength(KnowledgeGraph graph, int edge) =>
        graph.TypeOf(edge) == RelationType.CoOccurs
            ? Association.LocalMutualInformation(graph.WeightOf(edge), graph.ScoreOf(edge))
            : 0;

    /// <summary>
    /// Depth 1: the direct relations (few; found by reading the row's types), then the shared-paper neighbours as
    /// <see cref="Relatedness"/> ranks them, which reads a hub's row only as far as its bound allows.
    /// </summary>
    private static IEnumerable<Neighbor> Direct(KnowledgeGraph graph, GraphNode node, int top, EntityKind? kind)
    {
        var specificity = new Dictionary<int, int>();
        var row = graph.Row(node.Id, RowParts.Concepts);
        for (var slot = 0; slot < row.Length; slot++)
        {
            var type = graph.TypeOf(row.Edges[slot]);
            var other = row.Neighbours[slot];
            if (type != RelationType.CoOccurs && other != node.Id)
            {
                specificity[other] = Math.Min(specificity.GetValueOrDefault(other, int.MaxValue), Specificity(type));
            }
        }
        var direct = specificity
            .Where(pair => kind is null || graph.Nodes[pair.Key].Kind == kind)
            .Select(pair =>
            {
                var edges = EdgesBetween(graph, node.Id, pair.Key);
                var together = edges.FirstOrDefault(edge => edge.Type == RelationType.CoOccurs);
                var strength = together is null ? 0 : Association.LocalMutualInformation((int)together.Weight, together.Score);
                return new Neighbor(graph.Nodes[pair.Key], 1, node, edges, strength, NeighborReach.DirectRelation);
            })
            .OrderByDescending(neighbor => neighbor.Strength)
            .ThenBy(neighbor => specificity[neighbor.Node.Id])
            .ThenByDescending(neighbor => neighbor.Node.PaperCount)
            .ThenBy(neighbor => neighbor.Node.Key, StringComparer.Ordinal)
            .ThenBy(neighbor => neighbor.Node.Kind)
            .Take(top);
        var shared = Relatedness.Of(graph, node, top + specificity.Count, kind)
            .Where(related => !specificity.ContainsKey(related.Node.Id))
            .Take(top)
            .Select(related => new Neighbor(related.Node, 1, node, EdgesBetween(graph, node.Id, related.Node.Id), related.Score, NeighborReach.SharedPaper));
        return direct.Concat(shared);
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
        var (shorter, partner) = graph.RowLength(from, RowParts.Concepts) <= graph.RowLength(other, RowParts.Concepts)
            ? (from, other)
            : (other, from);
        var edges = new List<GraphEdge>();
        var row = graph.Row(shorter, RowParts.Concepts);
        for (var slot = 0; slot < row.Length; slot++)
        {
            if (row.Neighbours[slot] == partner)
            {
                edges.Add(graph.Edge(row.Edges[slot]));
            }
        }
        return [.. edges.OrderBy(edge => Specificity(edge.Type)).ThenByDescending(edge => edge.Weight).ThenBy(edge => edge.Index)];
    }

    /// <summary>Stated relations explain more than a summary of papers, so they are listed first.</summary>
    internal static int Specificity(RelationType type) => type switch
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
