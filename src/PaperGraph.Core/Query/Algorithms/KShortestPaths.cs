using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>
/// Yen's algorithm: the k cheapest simple paths between two vertices of an undirected graph whose link weights
/// are costs, cheapest first, ties broken by fewer hops and then by the vertex sequence.
/// </summary>
/// <remarks>
/// Between two vertices only the cheapest link counts, so paths differ in the vertices they pass. With Lawler's
/// refinement: a path is searched for detours only from where it left the path it was found from, since the detours
/// before that point were searched, with the same root and the same steps to avoid, for that path. The spur searches
/// come from an <see cref="IPathSpace"/>: Dijkstra with ties broken by vertex index over a <see cref="WeightedGraph"/>,
/// a bidirectional search over the knowledge graph's rows for paths (<c>HopPathSpace</c> (Query/Paths)); either way the
/// result is independent of hash order or timing.
/// Kept beside QuikGraph's <c>YenShortestPathsAlgorithm</c>, which finds the same paths (tests compare them on the seed
/// graph) but asks for a directed AdjacencyGraph copy of the graph and runs a Dijkstra over it per spur: the spur
/// searches here read the graph's rows where they are, and each is the bidirectional search (see HopPathSpace for
/// the benchmark of one search against QuikGraph's Dijkstra: 156× on a 200k-paper graph).
/// </remarks>
internal static class KShortestPaths
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
        Func<WeightedPath, IReadOnlyList<WeightedPath>, bool>? accept = null, int maxRounds = 200) =>
        Find(new DijkstraSpace(graph, canPass ?? (_ => true)), source, target, k, maxHops, accept, maxRounds);

    // workBudget: no spur search starts once the space has done this much work (IPathSpace.Work); the paths found by
    // then are returned, the first always among them.
    internal static ImmutableArray<WeightedPath> Find(
        IPathSpace space, int source, int target, int k, int maxHops,
        Func<WeightedPath, IReadOnlyList<WeightedPath>, bool>? accept, int maxRounds, long workBudget = long.MaxValue)
    {
        var acceptable = accept ?? ((_, _) => true);
        if (k <= 0 || source == target)
        {
            return [];
        }
        // Where costs grow with hops, a path over the limit is dearer than every path within it: no search needs to
        // look past the limit. Otherwise a long path can be cheaper than a short one and must seed the search.
        var searchLimit = space.CostsGrowWithHops ? maxHops : int.MaxValue;
        var avoid = new HashSet<int>();
        var avoidFirstSteps = new HashSet<int>();
        if (space.Cheapest(source, target, avoid, avoidFirstSteps, searchLimit) is not { } first)
        {
            return [];
        }
        // Every accepted path seeds spurs; paths over the hop limit seed too but are not returned.
        var accepted = new List<(WeightedPath Path, int Deviation)> { (first, 0) };
        var candidates = new List<(WeightedPath Path, int Deviation)>();
        var seen = new HashSet<string> { Signature(first) };
        var results = new List<WeightedPath>();
        if (first.HopCount <= maxHops && acceptable(first, results))
        {
            results.Add(first);
        }
        for (var round = 0; results.Count < k && round < maxRounds; round++)
        {
            var (previous, deviation) = accepted[^1];
            // The root's cost is summed from the start, step by step, so a path costs the same however it was found.
            var rootCost = 0.0;
            for (var j = 0; j < deviation; j++)
            {
                rootCost += space.StepCost(previous.Vertices[j], previous.Vertices[j + 1], previous.Edges[j]);
            }
            for (var i = deviation; i < previous.Vertices.Length - 1 && space.Work <= workBudget; i++)
            {
                var spur = previous.Vertices[i];
                var root = previous.Vertices.AsSpan(0, i + 1);
                avoidFirstSteps.Clear();
                foreach (var (path, _) in accepted)
                {
                    if (path.Vertices.Length > i + 1 && path.Vertices.AsSpan(0, i + 1).SequenceEqual(root))
                    {
                        avoidFirstSteps.Add(path.Vertices[i + 1]);
                    }
                }
                avoid.Clear();
                for (var j = 0; j < i; j++)
                {
                    avoid.Add(previous.Vertices[j]);
                }
                var remaining = searchLimit == int.MaxValue ? int.MaxValue : searchLimit - i;
                if (remaining >= 1 && space.Cheapest(spur, target, avoid, avoidFirstSteps, remaining) is { } spurPath)
                {
                    var joined = new WeightedPath(
                        [.. previous.Vertices.Take(i), .. spurPath.Vertices],
                        [.. previous.Edges.Take(i), .. spurPath.Edges],
                        rootCost + spurPath.Cost);
                    if (seen.Add(Signature(joined)))
                    {
                        candidates.Add((joined, i));
                    }
                }
                rootCost += space.StepCost(previous.Vertices[i], previous.Vertices[i + 1], previous.Edges[i]);
            }
            if (candidates.Count == 0 || space.Work > workBudget)
            {
                // Over budget, a candidate found so far need not be the next cheapest: stop with what is known to be.
                break;
            }
            var best = candidates[0];
            foreach (var candidate in candidates)
            {
                if (PathOrder.Instance.Compare(candidate.Path, best.Path) < 0)
                {
                    best = candidate;
                }
            }
            candidates.Remove(best);
            accepted.Add(best);
            if (best.Path.HopCount <= maxHops)
            {
                if (acceptable(best.Path, results))
                {
                    results.Add(best.Path);
                }
            }
            else if (space.CostsGrowWithHops || (best.Path.Cost > 2.0 * maxHops && candidates.All(path => path.Path.HopCount > maxHops)))
            {
                // Costs only grow from here; once every candidate is too long, no short path is left to find.
                break;
            }
        }
        return [.. results];
    }

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

    /// <summary>Dijkstra over a <see cref="WeightedGraph"/>, whatever its weights; it ignores the hop limit (costs need not grow with hops).</summary>
    private sealed class DijkstraSpace(WeightedGraph graph, Func<int, bool> canPass) : IPathSpace
    {
        public bool CostsGrowWithHops => false;

        public long Work { get; private set; }

        public double StepCost(int from, int to, int edge)
        {
            // The cheapest link between the two counts, as it does in the search.
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

        public WeightedPath? Cheapest(int source, int target, IReadOnlySet<int> avoid, IReadOnlySet<int> avoidFirstSteps, int maxHops)
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
                var links = graph.Links(vertex);
                Work += links.Length;
                foreach (var link in links)
                {
                    var next = link.Neighbor;
                    if (next == vertex || done.Contains(next) || avoid.Contains(next) || (vertex == source && avoidFirstSteps.Contains(next)))
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
    }
}
