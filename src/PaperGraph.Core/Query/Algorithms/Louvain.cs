using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>
/// Louvain community detection: vertices move to the neighbouring community that most increases modularity, then
/// communities become vertices and the moves repeat, until nothing moves.
/// </summary>
/// <remarks>
/// Deterministic: vertices are visited in index order and a tie between communities goes to staying put, then to the
/// lower community index. Returns each vertex's community, numbered 0.. in order of each community's lowest vertex.
/// </remarks>
internal static class Louvain
{
    private const int MaxPasses = 100;

    public static ImmutableArray<int> Detect(WeightedGraph graph)
    {
        var n = graph.VertexCount;
        var membership = Enumerable.Range(0, n).ToArray();
        var level = Level.From(graph);
        while (true)
        {
            var moved = MoveVertices(level, out var community);
            if (!moved)
            {
                break;
            }
            var renumbered = Renumber(community);
            for (var v = 0; v < n; v++)
            {
                membership[v] = renumbered[membership[v]];
            }
            level = level.Aggregate(renumbered);
        }
        return [.. Renumber(membership)];
    }

    private static bool MoveVertices(Level level, out int[] community)
    {
        var n = level.Links.Length;
        community = Enumerable.Range(0, n).ToArray();
        var total = new double[n];
        var degree = new double[n];
        for (var v = 0; v < n; v++)
        {
            degree[v] = level.Self[v] * 2 + level.Links[v].Sum(link => link.Weight);
            total[v] = degree[v];
        }
        var twiceWeight = degree.Sum();
        if (twiceWeight == 0)
        {
            return false;
        }
        var movedAny = false;
        var toCommunity = new Dictionary<int, double>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var moved = false;
            for (var v = 0; v < n; v++)
            {
                toCommunity.Clear();
                foreach (var (neighbor, weight) in level.Links[v])
                {
                    toCommunity[community[neighbor]] = toCommunity.GetValueOrDefault(community[neighbor]) + weight;
                }
                var current = community[v];
                total[current] -= degree[v];
                var bestCommunity = current;
                var bestGain = toCommunity.GetValueOrDefault(current) - total[current] * degree[v] / twiceWeight;
                foreach (var candidate in toCommunity.Keys.Order())
                {
                    var gain = toCommunity[candidate] - total[candidate] * degree[v] / twiceWeight;
                    if (gain > bestGain + 1e-12)
                    {
                        bestGain = gain;
                        bestCommunity = candidate;
                    }
                }
                total[bestCommunity] += degree[v];
                if (bestCommunity != current)
                {
                    community[v] = bestCommunity;
                    moved = true;
                    movedAny = true;
                }
            }
            if (!moved)
            {
                break;
            }
        }
        return movedAny;
    }

    /// <summary>Community labels renumbered 0.. in order of first appearance.</summary>
    private static int[] Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var number))
            {
                map[labels[i]] = number = map.Count;
            }
            result[i] = number;
        }
        return result;
    }

    /// <summary>One level of the hierarchy: links between (super-)vertices, without self-loops, and each one's internal weight.</summary>
    private sealed record Level(List<(int Neighbor, double Weight)>[] Links, double[] Self)
    {
        public static Level From(WeightedGraph graph)
        {
            var n = graph.VertexCount;
            var links = new List<(int, double)>[n];
            var self = new double[n];
            for (var v = 0; v < n; v++)
            {
                links[v] = [];
                foreach (var link in graph.Links(v))
                {
                    if (link.Neighbor == v)
                    {
                        self[v] += link.Weight;
                    }
                    else
                    {
                        links[v].Add((link.Neighbor, link.Weight));
                    }
                }
            }
            return new Level(links, self);
        }

        public Level Aggregate(int[] community)
        {
            var count = community.Length == 0 ? 0 : community.Max() + 1;
            var weights = new SortedDictionary<(int, int), double>();
            var self = new double[count];
            for (var v = 0; v < Links.Length; v++)
            {
                self[community[v]] += Self[v];
                foreach (var (neighbor, weight) in Links[v])
                {
                    var (a, b) = (community[v], community[neighbor]);
                    if (a == b)
                    {
                        // Each internal link is seen from both ends.
                        self[a] += weight / 2;
                    }
                    else
                    {
                        weights[(a, b)] = weights.GetValueOrDefault((a, b)) + weight;
                    }
                }
            }
            var links = new List<(int, double)>[count];
            for (var c = 0; c < count; c++)
            {
                links[c] = [];
            }
            foreach (var ((a, b), weight) in weights)
            {
                links[a].Add((b, weight));
            }
            return new Level(links, self);
        }
    }
}
