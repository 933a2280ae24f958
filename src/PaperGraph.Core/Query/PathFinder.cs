using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>
/// The shortest explained connection between two entities: breadth-first over paper edges (every hop carries the
/// sentence that justifies it) and the technique taxonomy (IS_A), ignoring edge direction.
/// </summary>
/// <remarks>Derived edges (CO_OCCURS, APPLIES, EVALUATED_ON) are left out: they summarise papers, and a path should show the papers.</remarks>
public static class PathFinder
{
    public static ImmutableArray<PathHop>? ShortestPath(KnowledgeGraph graph, GraphNode from, GraphNode to, int maxHops = 8)
    {
        if (from.Id == to.Id)
        {
            return [];
        }
        var previous = new Dictionary<int, PathHop>();
        var depth = new Dictionary<int, int> { [from.Id] = 0 };
        var queue = new Queue<GraphNode>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (depth[node.Id] >= maxHops)
            {
                continue;
            }
            // Strongest evidence first, then node id: deterministic and prefers well-attested hops among equals.
            foreach (var edge in graph.IncidentEdges(node).Where(IsExplainable).OrderByDescending(edge => edge.Weight).ThenBy(edge => edge.Other(node).Id))
            {
                var next = edge.Other(node);
                if (depth.ContainsKey(next.Id))
                {
                    continue;
                }
                depth[next.Id] = depth[node.Id] + 1;
                previous[next.Id] = new PathHop(node, edge, next);
                if (next.Id == to.Id)
                {
                    return Unwind(previous, from, to);
                }
                queue.Enqueue(next);
            }
        }
        return null;
    }

    public static bool IsExplainable(GraphEdge edge) =>
        edge.Type is RelationType.Proposes or RelationType.Uses or RelationType.EvaluatesOn or RelationType.Addresses or RelationType.IsA;

    private static ImmutableArray<PathHop> Unwind(Dictionary<int, PathHop> previous, GraphNode from, GraphNode to)
    {
        var hops = new List<PathHop>();
        var current = to;
        while (current.Id != from.Id)
        {
            var hop = previous[current.Id];
            hops.Add(hop);
            current = hop.From;
        }
        hops.Reverse();
        return [.. hops];
    }
}
