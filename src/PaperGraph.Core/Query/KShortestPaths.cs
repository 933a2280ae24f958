using System.Collections.Immutable;

namespace PaperGraph.Query;

/// <summary>
/// Yen's algorithm: the k cheapest simple paths between two vertices of an undirected graph whose link weights
/// are costs, cheapest first, ties broken by fewer hops and then by the vertex sequence.
/// </summary>
/// <remarks>
/// Between two vertices only the cheapest link counts, so paths differ in the vertices they pass. The spur searches are
/// Dijkstra with ties broken by vertex index, which makes the result independent of hash order or timing.
/// </remarks>
public static class KShortestPaths
{
    /// <param name="graph">The graph; link weights are costs.</param>
    /// <param name="source">Where the paths start.</param>
    /// <param name="target">Where they end.</param>
    /// <param name="k">How many paths to return.</param>
    /// <param name="canPass">Which vertices a path may pass through (the ends always may).</param>
    /// <param name="maxHops">The longest path returned.</param>
    /// <param name="maxRounds">How many further paths to examine at most (each costs a round of spur searches).</param>
    /// <param name="accept">
    /// Whether a path, in cost order, is returned given the ones returned before it (for diverse results); every path
    /// still seeds the search for the next, so skipping one loses nothing behind it.
    /// </param>
    public static ImmutableArray<WeightedPath> Find(
        WeightedGraph graph, int source, int target, int k, Func<int, bool>? canPass = null, int maxHops = int.MaxValue,
        Func<WeightedPath, IReadOnlyList<WeightedPath>, bool>? accept = null, int maxRounds = 200)
    {
        var acceptable = accept ?? ((_, _) => true);
        if (k <= 0 || source == target)
        {
            return [];
        }
        var allowed = canPass ?? (_ => true);
        var noVertices = new HashSet<int>();
        var noLinks = new HashSet<(int, int)>();
        if (Cheapest(graph, source, target, allowed, noVertices, noLinks) is not { } first)
        {
            return [];
        }
        var accepted = new List<WeightedPath> { first };
        var candidates = new List<WeightedPath>();
        var seen = new HashSet<string> { Signature(first) };
        // Every accepted path seeds spurs; paths over the hop limit seed too but are not returned.
        var results = new List<WeightedPath>();
        if (first.HopCount <= maxHops && acceptable(first, results))
        {
            results.Add(first);
        }
        for (var round = 0; results.Count < k && round < maxRounds; round++)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Vertices.Length - 1; i++)
            {
                var spur = previous.Vertices[i];
                var root = previous.Vertices.AsSpan(0, i + 1);
                noLinks.Clear();
                foreach (var path in accepted)
                {
                    if (path.Vertices.Length > i + 1 && path.Vertices.AsSpan(0, i + 1).SequenceEqual(root))
                    {
                        noLinks.Add(Pair(path.Vertices[i], path.Vertices[i + 1]));
                    }
                }
                noVertices.Clear();
                for (var j = 0; j < i; j++)
                {
                    noVertices.Add(previous.Vertices[j]);
                }
                if (Cheapest(graph, spur, target, allowed, noVertices, noLinks) is not { } spurPath)
                {
                    continue;
                }
                var rootCost = 0.0;
                for (var j = 0; j < i; j++)
                {
                    rootCost += Cost(graph, previous.Vertices[j], previous.Vertices[j + 1]);
                }
                var joined = new WeightedPath(
                    [.. previous.Vertices.Take(i), .. spurPath.Vertices],
                    [.. previous.Edges.Take(i), .. spurPath.Edges],
                    rootCost + spurPath.Cost);
                if (seen.Add(Signature(joined)))
                {
                    candidates.Add(joined);
                }
            }
            if (candidates.Count == 0)
            {
                break;
            }
            var best = candidates.OrderBy(path => path, PathOrder.Instance).First();
            candidates.Remove(best);
            accepted.Add(best);
            if (best.HopCount <= maxHops)
            {
                if (acceptable(best, results))
                {
                    results.Add(best);
                }
            }
            else if (best.Cost > 2.0 * maxHops && candidates.All(path => path.HopCount > maxHops))
            {
                // Costs only grow from here; once every candidate is too long, no short path is left to find.
                break;
            }
        }
        return [.. results];
    }

    /// <summary>Dijkstra from one vertex to another avoiding some vertices and vertex pairs; null when unreachable.</summary>
    private static WeightedPath? Cheapest(WeightedGraph graph, int source, int target, Func<int, bool> canPass, HashSet<int> noVertices, HashSet<(int, int)> noLinks)
    {
        var distance = new Dictionary<int, double> { [source] = 0 };
        var previous = new Dictionary<int, WeightedLink>();
        var previousVertex = new Dictionary<int, int>();
        var done = new HashSet<int>();
        var queue = new PriorityQueue<int, (double, int)>();
        queue.Enqueue(source, (0, source));
        while (queue.TryDequeue(out var vertex, out var priority))
        {
            if (!done.Add(vertex))
            {
                continue;
            }
            if (vertex == target)
            {
                break;
            }
            if (vertex != source && !canPass(vertex))
            {
                continue;
            }
            foreach (var link in graph.Links(vertex))
            {
                var next = link.Neighbor;
                if (next == vertex || done.Contains(next) || noVertices.Contains(next) || noLinks.Contains(Pair(vertex, next)))
                {
                    continue;
                }
                var candidate = priority.Item1 + link.Weight;
                if (!distance.TryGetValue(next, out var known) || candidate < known)
                {
                    distance[next] = candidate;
                    previous[next] = link;
                    previousVertex[next] = vertex;
                    queue.Enqueue(next, (candidate, next));
                }
            }
        }
        if (!done.Contains(target))
        {
            return null;
        }
        var vertices = new List<int>();
        var edges = new List<int>();
        for (var current = target; current != source; current = previousVertex[current])
        {
            vertices.Add(current);
            edges.Add(previous[current].Edge);
        }
        vertices.Add(source);
        vertices.Reverse();
        edges.Reverse();
        return new WeightedPath([.. vertices], [.. edges], distance[target]);
    }

    private static double Cost(WeightedGraph graph, int from, int to)
    {
        var best = double.PositiveInfinity;
        foreach (var link in graph.Links(from))
        {
            if (link.Neighbor == to && link.Weight < best)
            {
                best = link.Weight;
            }
        }
        return best;
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private static string Signature(WeightedPath path) => string.Join(",", path.Vertices);

    /// <summary>Cheaper first, then fewer hops, then the vertex sequence.</summary>
    private sealed class PathOrder : IComparer<WeightedPath>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(WeightedPath? x, WeightedPath? y)
        {
            var byCost = x!.Cost.CompareTo(y!.Cost);
            if (byCost != 0)
            {
                return byCost;
            }
            var byHops = x.HopCount.CompareTo(y.HopCount);
            if (byHops != 0)
            {
                return byHops;
            }
            for (var i = 0; i < x.Vertices.Length; i++)
            {
                var byVertex = x.Vertices[i].CompareTo(y.Vertices[i]);
                if (byVertex != 0)
                {
                    return byVertex;
                }
            }
            return 0;
        }
    }
}
