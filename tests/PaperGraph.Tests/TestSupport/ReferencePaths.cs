using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Paths;

namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// The k best paths as main computed them before the paths were made fast again (commit c926cad): a weighted copy of the
/// path edges, and Yen's algorithm with a Dijkstra from every spur over it. Kept verbatim as the oracle the fast search
/// must agree with, path for path; too slow for anything but tests and the bench agreement check.
/// </summary>
internal static class ReferencePaths
{
    /// <summary>The k best connections as edge-id sequences, exactly as <c>PathFinder.BestPaths</c> chose them on main.</summary>
    public static ImmutableArray<ImmutableArray<int>> BestPaths(KnowledgeGraph graph, GraphNode from, GraphNode to, PathSearch search)
    {
        if (from.Id == to.Id)
        {
            return [];
        }
        var weighted = HopGraph(graph, concepts: search.Via == PathVia.Concepts);
        bool CanPass(int vertex)
        {
            var node = graph.Nodes[vertex];
            return node.IsPaper ? search.Via == PathVia.Papers : search.Kinds.IsEmpty || search.Kinds.Contains(node.Kind);
        }
        var paths = Yen(weighted, from.Id, to.Id, search.K, CanPass, search.MaxHops, PathDiversity.IsDistinct, maxRounds: 4 * search.K + 8);
        return [.. paths.Select(path => path.Edges)];
    }

    /// <summary>The edges a path may take, with their <see cref="PathCost"/>, through the public view of the graph.</summary>
    public static WeightedGraph HopGraph(KnowledgeGraph graph, bool concepts) =>
        WeightedGraph.Create(graph.Nodes.Length, graph.Edges
            .Where(edge => edge.Source.Id != edge.Target.Id
                && (concepts ? PathFinder.IsConceptEdge(edge) : PathFinder.IsExplainable(edge)))
            .Select(edge => (edge.Source.Id, edge.Target.Id, PathCost.Hop(edge.Type, edge.Weight, edge.Index), edge.Index)));

    public static ImmutableArray<WeightedPath> Yen(
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
