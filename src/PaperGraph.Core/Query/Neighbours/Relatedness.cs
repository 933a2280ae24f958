using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Neighbours;

/// <summary>The entities most associated with one entity, from its CO_OCCURS edges.</summary>
/// <remarks>
/// Ranked by local mutual information (<see cref="Association.LocalMutualInformation"/>), then papers in common, then key.
/// Candidates are scored from the edge columns and only the top ones become results: a hub entity co-occurs with
/// tens of thousands of others.
/// </remarks>
public static class Relatedness
{
    public static ImmutableArray<RelatedEntity> Of(KnowledgeGraph graph, GraphNode node, int top, EntityKind? kind = null)
    {
        var paperCount = graph.CorpusPaperCount;
        // In a graph built from papers the score is PMI over papers, and with w papers in common PMI is at most
        // log2(papers / this node's papers), so w times that bounds every later candidate's score: the row is in
        // weight order, and the scan stops once the bound falls below the last score kept.
        var bound = graph.CoOccurrenceIsComplete && node.PaperCount > 0 && paperCount > 0
            ? Math.Max(0, Math.Log2((double)paperCount / node.PaperCount)) + 1e-9
            : double.PositiveInfinity;
        var kept = new TopK<Candidate>(top, Compare);
        var row = graph.Row(node.Id, RowParts.Relations);
        for (var slot = 0; slot < row.Length && top > 0; slot++)
        {
            var edge = row.Edges[slot];
            if (graph.TypeOf(edge) != RelationType.CoOccurs)
            {
                continue;
            }
            var shared = graph.WeightOf(edge);
            if (kept.IsFull && shared * bound < kept.Worst.Score)
            {
                break;
            }
            var other = graph.Nodes[row.Neighbours[slot]];
            if (kind is not null && other.Kind != kind)
            {
                continue;
            }
            kept.Offer(new Candidate(Association.LocalMutualInformation(shared, graph.ScoreOf(edge)), shared, other, edge));
        }
        return [.. kept.TakeBestFirst().Select(candidate =>
        {
            var edge = graph.Edge(candidate.Edge);
            return new RelatedEntity(candidate.Other, candidate.Shared, edge.Score,
                Association.Jaccard(candidate.Shared, node.PaperCount, candidate.Other.PaperCount), candidate.Score, edge.Papers);
        })];
    }

    private readonly record struct Candidate(double Score, int Shared, GraphNode Other, int Edge);

    /// <summary>Negative when <paramref name="a"/> ranks first: score, then papers in common, then key and kind.</summary>
    private static int Compare(Candidate a, Candidate b)
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
    }
}
