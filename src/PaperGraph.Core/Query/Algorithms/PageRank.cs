using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>Weighted PageRank on an undirected graph: a random walker follows links in proportion to their weight.</summary>
/// <remarks>
/// Power iteration with damping 0.85 until the scores move less than 1e-10 in total (at most 200 rounds); a vertex
/// without links hands its score to every vertex alike. Scores sum to 1.
/// Kept beside QuikGraph's <c>PageRankAlgorithm</c> because that one has no edge weights: on the co-occurrence graph a
/// link's weight is the papers in common, and <c>central</c> ranks by it (both rank an unweighted star alike, a test
/// checks). QuikGraphBenchmarks.PageRank_* times the two on the same graph.
/// </remarks>
internal static class PageRank
{
    public static ImmutableArray<double> Compute(WeightedGraph graph, double damping = 0.85)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return [];
        }
        var strength = new double[n];
        for (var v = 0; v < n; v++)
        {
            foreach (var link in graph.Links(v))
            {
                strength[v] += link.Weight;
            }
        }
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var round = 0; round < 200; round++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (strength[v] == 0)
                {
                    dangling += rank[v];
                }
            }
            var baseline = (1 - damping) / n + damping * dangling / n;
            Array.Fill(next, baseline);
            for (var v = 0; v < n; v++)
            {
                if (strength[v] == 0)
                {
                    continue;
                }
                var share = damping * rank[v] / strength[v];
                foreach (var link in graph.Links(v))
                {
                    next[link.Neighbor] += share * link.Weight;
                }
            }
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }
            (rank, next) = (next, rank);
            if (change < 1e-10)
            {
                break;
            }
        }
        return [.. rank];
    }
}
