using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>The entities most associated with one entity, from its CO_OCCURS edges.</summary>
/// <remarks>
/// Ranked by local mutual information (<see cref="Association.LocalMutualInformation"/>), then papers in common, then key.
/// Candidates are scored from the edge columns and only the top ones become results: a hub entity co-occurs with
/// tens of thousands of others.
/// </remarks>
public static class Relatedness
{
    public static ImmutableArray<RelatedEntity> Of(KnowledgeGraph graph, GraphNode node, int top, NodeKind? kind = null)
    {
        var table = graph.EdgeTable;
        var adjacency = graph.Adjacency;
        var candidates = new List<(double Score, int Shared, GraphNode Other, int Edge)>();
        for (var slot = adjacency.ConceptStart[node.Id]; slot < adjacency.Start[node.Id + 1]; slot++)
        {
            var edge = adjacency.Edge[slot];
            if (table.TypeOf(edge) != RelationType.CoOccurs)
            {
                continue;
            }
            var other = graph.Nodes[adjacency.Neighbor[slot]];
            if (kind is not null && other.Kind != kind)
            {
                continue;
            }
            var shared = table.Weight[edge];
            candidates.Add((Association.LocalMutualInformation(shared, table.Score[edge]), shared, other, edge));
        }
        var best = TopK.Select(candidates, top, (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }
            var byShared = b.Shared.CompareTo(a.Shared);
            if (byShared != 0)
            {
                return byShared;
            }
            var byKey = string.CompareOrdinal(a.Other.Key, b.Other.Key);
            return byKey != 0 ? byKey : a.Other.Kind.CompareTo(b.Other.Kind);
        });
        return [.. best.Select(candidate =>
        {
            var edge = graph.Edge(candidate.Edge);
            return new RelatedEntity(candidate.Other, candidate.Shared, edge.Score,
                Association.Jaccard(candidate.Shared, node.PaperCount, candidate.Other.PaperCount), candidate.Score, edge.Papers);
        })];
    }
}
