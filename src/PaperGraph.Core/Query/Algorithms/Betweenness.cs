using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>
/// Betweenness centrality (Brandes): for each vertex, how many shortest paths between other vertices pass through it,
/// counting hops and ignoring weights; each unordered pair is counted once.
/// </summary>
/// <remarks>O(V·E): fine for the co-occurrence graph of a corpus of thousands of papers, so it is computed only on request.</remarks>
internal static class Betweenness
{
    public static ImmutableArray<double> Compute(WeightedGraph graph)
    {
        var n = graph.VertexCount;
        var centrality = new double[n];
        var stack = new Stack<int>();
        var predecessors = new List<int>[n];
        var paths = new double[n];
        var distance = new int[n];
        var dependency = new double[n];
        var queue = new Queue<int>();
        for (var i = 0; i < n; i++)
        {
            predecessors[i] = [];
        }
        for (var s = 0; s < n; s++)
        {
            stack.Clear();
            for (var i = 0; i < n; i++)
            {
                predecessors[i].Clear();
                paths[i] = 0;
                distance[i] = -1;
                dependency[i] = 0;
            }
            paths[s] = 1;
            distance[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                var previousNeighbor = -1;
                foreach (var link in graph.Links(v))
                {
                    var w = link.Neighbor;
                    // Parallel links are one adjacency for counting paths.
                    if (w == v || w == previousNeighbor)
                    {
                        continue;
                    }
                    previousNeighbor = w;
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }
                    if (distance[w] == distance[v] + 1)
                    {
                        paths[w] += paths[v];
                        predecessors[w].Add(v);
                    }
                }
            }
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors[w])
                {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s)
                {
                    centrality[w] += dependency[w];
                }
            }
        }
        return [.. centrality.Select(value => value / 2)];
    }
}
