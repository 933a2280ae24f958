using QuikGraph;

namespace PaperGraph.Graph;

/// <summary>
/// The graph as QuikGraph's <see cref="IBidirectionalGraph{TVertex, TEdge}"/>: vertices are node ids, edges are
/// <see cref="GraphLink"/> values read from the edge columns, directed as stored (paper → entity, entity IS_A parent,
/// the lower node id → the higher for CO_OCCURS). Nothing is copied: out- and in-edges are a node's row, filtered.
/// </summary>
/// <remarks>
/// For the undirected algorithms (breadth-first search, Dijkstra, connected components) <see cref="Undirected"/>
/// gives the rows themselves, or only some parts of them (a path through papers walks paper edges and IS_A).
/// </remarks>
public sealed partial class KnowledgeGraph : IBidirectionalGraph<int, GraphLink>
{
    /// <summary>The graph as QuikGraph's undirected graph over the given parts of every row, without a copy.</summary>
    public IUndirectedGraph<int, GraphLink> Undirected(RowParts parts = RowParts.All) => new UndirectedRows(this, parts);

    bool IGraph<int, GraphLink>.IsDirected => true;

    bool IGraph<int, GraphLink>.AllowParallelEdges => true;

    bool IImplicitVertexSet<int>.ContainsVertex(int vertex) => (uint)vertex < (uint)Nodes.Length;

    bool IVertexSet<int>.IsVerticesEmpty => Nodes.IsEmpty;

    int IVertexSet<int>.VertexCount => Nodes.Length;

    IEnumerable<int> IVertexSet<int>.Vertices => Enumerable.Range(0, Nodes.Length);

    bool IEdgeSet<int, GraphLink>.IsEdgesEmpty => EdgeCount == 0;

    int IEdgeSet<int, GraphLink>.EdgeCount => EdgeCount;

    IEnumerable<GraphLink> IEdgeSet<int, GraphLink>.Edges => Enumerable.Range(0, EdgeCount).Select(Link);

    bool IEdgeSet<int, GraphLink>.ContainsEdge(GraphLink edge) => IsLink(edge);

    bool IImplicitGraph<int, GraphLink>.IsOutEdgesEmpty(int vertex) => !Links(vertex, outgoing: true).Any();

    int IImplicitGraph<int, GraphLink>.OutDegree(int vertex) => Links(vertex, outgoing: true).Count();

    IEnumerable<GraphLink> IImplicitGraph<int, GraphLink>.OutEdges(int vertex) => Links(vertex, outgoing: true);

    bool IImplicitGraph<int, GraphLink>.TryGetOutEdges(int vertex, out IEnumerable<GraphLink> edges)
    {
        edges = (uint)vertex < (uint)Nodes.Length ? Links(vertex, outgoing: true) : null!;
        return edges is not null;
    }

    GraphLink IImplicitGraph<int, GraphLink>.OutEdge(int vertex, int index) => Links(vertex, outgoing: true).ElementAt(index);

    bool IIncidenceGraph<int, GraphLink>.ContainsEdge(int source, int target) => Between(source, target).Any();

    bool IIncidenceGraph<int, GraphLink>.TryGetEdge(int source, int target, out GraphLink edge)
    {
        foreach (var link in Between(source, target))
        {
            edge = link;
            return true;
        }
        edge = default;
        return false;
    }

    bool IIncidenceGraph<int, GraphLink>.TryGetEdges(int source, int target, out IEnumerable<GraphLink> edges)
    {
        edges = (uint)source < (uint)Nodes.Length && (uint)target < (uint)Nodes.Length ? Between(source, target) : null!;
        return edges is not null;
    }

    bool IBidirectionalIncidenceGraph<int, GraphLink>.IsInEdgesEmpty(int vertex) => !Links(vertex, outgoing: false).Any();

    int IBidirectionalIncidenceGraph<int, GraphLink>.InDegree(int vertex) => Links(vertex, outgoing: false).Count();

    IEnumerable<GraphLink> IBidirectionalIncidenceGraph<int, GraphLink>.InEdges(int vertex) => Links(vertex, outgoing: false);

    bool IBidirectionalIncidenceGraph<int, GraphLink>.TryGetInEdges(int vertex, out IEnumerable<GraphLink> edges)
    {
        edges = (uint)vertex < (uint)Nodes.Length ? Links(vertex, outgoing: false) : null!;
        return edges is not null;
    }

    GraphLink IBidirectionalIncidenceGraph<int, GraphLink>.InEdge(int vertex, int index) => Links(vertex, outgoing: false).ElementAt(index);

    int IBidirectionalIncidenceGraph<int, GraphLink>.Degree(int vertex) => Links(vertex, outgoing: true).Count() + Links(vertex, outgoing: false).Count();

    internal GraphLink Link(int edge) => new(EdgeTable.Source[edge], EdgeTable.Target[edge], edge);

    internal bool IsLink(GraphLink link) =>
        (uint)link.Id < (uint)EdgeCount && EdgeTable.Source[link.Id] == link.Source && EdgeTable.Target[link.Id] == link.Target;

    /// <summary>A node's edges that leave it (or enter it), read from its row in row order.</summary>
    private IEnumerable<GraphLink> Links(int vertex, bool outgoing)
    {
        var (from, to) = RowRange(vertex, RowParts.All);
        var ends = outgoing ? EdgeTable.Source : EdgeTable.Target;
        for (var slot = from; slot < to; slot++)
        {
            var edge = Adjacency.Edge[slot];
            if (ends[edge] == vertex)
            {
                yield return Link(edge);
            }
        }
    }

    private IEnumerable<GraphLink> Between(int source, int target) => Links(source, outgoing: true).Where(link => link.Target == target);

    /// <summary>Undirected rows (or some parts of them) as QuikGraph's undirected graph: a node's adjacent edges are its row.</summary>
    private sealed class UndirectedRows(KnowledgeGraph graph, RowParts parts) : IUndirectedGraph<int, GraphLink>
    {
        public bool IsDirected => false;

        public bool AllowParallelEdges => true;

        public EdgeEqualityComparer<int> EdgeEqualityComparer { get; } = EdgeExtensions.GetUndirectedVertexEquality<int, GraphLink>();

        public bool ContainsVertex(int vertex) => (uint)vertex < (uint)graph.Nodes.Length;

        public bool IsVerticesEmpty => graph.Nodes.IsEmpty;

        public int VertexCount => graph.Nodes.Length;

        public IEnumerable<int> Vertices => Enumerable.Range(0, graph.Nodes.Length);

        public bool IsEdgesEmpty => !Edges.Any();

        public int EdgeCount => Edges.Count();

        /// <summary>Each edge once, from the row of its source.</summary>
        public IEnumerable<GraphLink> Edges => Vertices.SelectMany(vertex => AdjacentEdges(vertex).Where(link => link.Source == vertex));

        public bool ContainsEdge(GraphLink edge) => graph.IsLink(edge) && AdjacentEdges(edge.Source).Contains(edge);

        public IEnumerable<GraphLink> AdjacentEdges(int vertex)
        {
            var (from, to) = graph.RowRange(vertex, parts);
            for (var slot = from; slot < to; slot++)
            {
                yield return graph.Link(graph.Adjacency.Edge[slot]);
            }
        }

        public int AdjacentDegree(int vertex) => graph.RowLength(vertex, parts);

        public bool IsAdjacentEdgesEmpty(int vertex) => graph.RowLength(vertex, parts) == 0;

        public GraphLink AdjacentEdge(int vertex, int index)
        {
            var (from, to) = graph.RowRange(vertex, parts);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, to - from);
            return graph.Link(graph.Adjacency.Edge[from + index]);
        }

        public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

        public bool TryGetEdge(int source, int target, out GraphLink edge)
        {
            foreach (var link in AdjacentEdges(source))
            {
                if ((link.Source == source && link.Target == target) || (link.Source == target && link.Target == source))
                {
                    edge = link;
                    return true;
                }
            }
            edge = default;
            return false;
        }
    }
}
