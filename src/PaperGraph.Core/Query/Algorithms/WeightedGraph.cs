using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>
/// An immutable undirected weighted graph over vertices 0..n-1: the one capability the path, ranking and community
/// algorithms need, built from a view of the knowledge graph (<c>ConceptGraph</c> (Query/Ranking), the path finder) or by hand in tests.
/// </summary>
/// <remarks>
/// Each vertex's links are sorted by neighbour, then edge index, so every algorithm that walks them in order is
/// deterministic. A self-loop is one link on its vertex. Parallel edges stay separate links.
/// </remarks>
internal sealed class WeightedGraph
{
    private readonly ImmutableArray<ImmutableArray<WeightedLink>> _links;

    private WeightedGraph(ImmutableArray<ImmutableArray<WeightedLink>> links, double totalWeight)
    {
        _links = links;
        TotalWeight = totalWeight;
    }

    public int VertexCount => _links.Length;

    /// <summary>The sum of all edge weights, each edge counted once.</summary>
    public double TotalWeight { get; }

    public ImmutableArray<WeightedLink> Links(int vertex) => _links[vertex];

    /// <summary>Sum of the weights of a vertex's links, a self-loop counted twice (as in modularity).</summary>
    public double Strength(int vertex)
    {
        var total = 0.0;
        foreach (var link in _links[vertex])
        {
            total += link.Neighbor == vertex ? 2 * link.Weight : link.Weight;
        }
        return total;
    }

    public static WeightedGraph Create(int vertexCount, IEnumerable<(int A, int B, double Weight)> edges) =>
        Create(vertexCount, edges.Select((edge, index) => (edge.A, edge.B, edge.Weight, index)));

    public static WeightedGraph Create(int vertexCount, IEnumerable<(int A, int B, double Weight, int Edge)> edges)
    {
        var lists = new List<WeightedLink>[vertexCount];
        for (var i = 0; i < vertexCount; i++)
        {
            lists[i] = [];
        }
        var total = 0.0;
        foreach (var (a, b, weight, edge) in edges)
        {
            lists[a].Add(new WeightedLink(b, weight, edge));
            if (a != b)
            {
                lists[b].Add(new WeightedLink(a, weight, edge));
            }
            total += weight;
        }
        var links = lists
            .Select(list => list.OrderBy(link => link.Neighbor).ThenBy(link => link.Edge).ToImmutableArray())
            .ToImmutableArray();
        return new WeightedGraph(links, total);
    }
}
