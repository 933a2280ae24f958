using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>
/// Paths over the knowledge graph's own adjacency rows, cheapest as <see cref="PathCost"/> defines it: through papers
/// (paper edges and IS_A) or entity to entity (IS_A and the other entity-to-entity edges). The spur searches of
/// <c>path --k N</c> and the one search of <c>path --k 1</c> are this one search.
/// </summary>
/// <remarks>
/// <para>
/// Costs grow with hops, so the cheapest path is the cheapest among the shortest ones, and a bidirectional breadth-first
/// search finds it: both ends grow a frontier, the cheaper one a whole level at a time, until they meet, so a query
/// touches a few neighbourhoods instead of most of the graph (a Dijkstra from one end settles most of a 20k-paper
/// graph before it reaches a node five hops away). Each node keeps the cheapest way to it among the shortest ones (a
/// level is complete before the next is grown, so the label is final), and every shortest path crosses the level where
/// the two searches meet, so the cheapest join there is the cheapest path.
/// </para>
/// <para>No copy of the graph is made: the search reads the rows the graph owns, into per-thread scratch arrays.</para>
/// </remarks>
internal sealed class HopPathSpace : IPathSpace
{
    private readonly KnowledgeGraph _graph;
    private readonly bool _concepts;
    private readonly Func<GraphNode, bool>? _canPass;

    /// <param name="graph">The graph.</param>
    /// <param name="via">Which rows a path walks.</param>
    /// <param name="canPass">Which nodes may stand between the ends; null lets every node the rows reach.</param>
    public HopPathSpace(KnowledgeGraph graph, PathVia via, Func<GraphNode, bool>? canPass)
    {
        _graph = graph;
        _concepts = via == PathVia.Concepts;
        _canPass = canPass;
    }

    public bool CostsGrowWithHops => true;

    public double StepCost(int from, int to, int edge) => PathCost.Hop(_graph.EdgeTable.TypeOf(edge), _graph.EdgeTable.Weight[edge], edge);

    public WeightedPath? Cheapest(int from, int to, IReadOnlySet<int> avoid, IReadOnlySet<int> avoidFirstSteps, int maxHops)
    {
        var adjacency = _graph.Adjacency;
        var table = _graph.EdgeTable;
        var nodes = _graph.Nodes;
        var search = SearchState.For(nodes.Length);
        foreach (var vertex in avoid)
        {
            search.Block(vertex);
        }
        search.Visit(forwardSide: true, from, 0, -1, 0);
        search.Visit(forwardSide: false, to, 0, -1, 0);
        var forwardFrontier = new List<int> { from };
        var backwardFrontier = new List<int> { to };
        var limit = Math.Min(maxHops, PathCost.MaxHops);
        for (var hops = 0; hops < limit && forwardFrontier.Count > 0 && backwardFrontier.Count > 0; hops++)
        {
            // Grow the side that is cheaper to expand: the sum of degrees, not the node count, is the work, and one
            // hub entity in a frontier can outweigh thousands of papers.
            var expandForward = ExpansionCost(forwardFrontier) <= ExpansionCost(backwardFrontier);
            var frontier = expandForward ? forwardFrontier : backwardFrontier;
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var depth = search.Depth(expandForward, node) + 1;
                var cost = search.Cost(expandForward, node);
                var (rowStart, rowEnd) = Row(node);
                for (var slot = rowStart; slot < rowEnd; slot++)
                {
                    var neighbor = adjacency.Neighbor[slot];
                    if (search.IsBlocked(neighbor)
                        || (avoidFirstSteps.Count > 0 && (expandForward ? node == from && avoidFirstSteps.Contains(neighbor) : neighbor == from && avoidFirstSteps.Contains(node)))
                        || (_canPass is not null && neighbor != from && neighbor != to && !_canPass(nodes[neighbor])))
                    {
                        continue;
                    }
                    var edge = adjacency.Edge[slot];
                    var reached = cost + PathCost.Hop(table.TypeOf(edge), table.Weight[edge], edge);
                    if (!search.Seen(expandForward, neighbor))
                    {
                        search.Visit(expandForward, neighbor, depth, edge, reached);
                        next.Add(neighbor);
                    }
                    else if (search.Depth(expandForward, neighbor) == depth && reached < search.Cost(expandForward, neighbor))
                    {
                        search.Visit(expandForward, neighbor, depth, edge, reached);
                    }
                }
            }
            // The whole level is labelled before choosing where the two searches meet: every meeting there is a
            // shortest path, and the cheapest is the best.
            var meeting = -1;
            var best = double.PositiveInfinity;
            foreach (var node in next)
            {
                if (search.Seen(!expandForward, node) && search.Cost(true, node) + search.Cost(false, node) < best)
                {
                    best = search.Cost(true, node) + search.Cost(false, node);
                    meeting = node;
                }
            }
            if (meeting >= 0)
            {
                return Join(search, from, to, meeting);
            }
            if (expandForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }
        return null;
    }

    /// <summary>The part of a node's row this space walks (Graph/Storage/Adjacency.cs orders rows by part).</summary>
    private (int Start, int End) Row(int node)
    {
        var adjacency = _graph.Adjacency;
        return _concepts ? (adjacency.TaxonomyStart[node], adjacency.Start[node + 1]) : (adjacency.Start[node], adjacency.ConceptStart[node]);
    }

    private long ExpansionCost(List<int> frontier)
    {
        var cost = 0L;
        foreach (var node in frontier)
        {
            var (start, end) = Row(node);
            cost += end - start;
        }
        return cost;
    }

    private WeightedPath Join(SearchState search, int from, int to, int middle)
    {
        var table = _graph.EdgeTable;
        int Other(int edge, int node) => table.Source[edge] == node ? table.Target[edge] : table.Source[edge];
        var vertices = new List<int> { middle };
        var edges = new List<int>();
        for (var current = middle; current != from;)
        {
            var edge = search.Via(forwardSide: true, current);
            current = Other(edge, current);
            vertices.Add(current);
            edges.Add(edge);
        }
        vertices.Reverse();
        edges.Reverse();
        for (var current = middle; current != to;)
        {
            var edge = search.Via(forwardSide: false, current);
            current = Other(edge, current);
            vertices.Add(current);
            edges.Add(edge);
        }
        // Summed from the start, step by step, as every path's cost is (KShortestPaths compares them).
        var cost = 0.0;
        for (var i = 0; i < edges.Count; i++)
        {
            cost += StepCost(vertices[i], vertices[i + 1], edges[i]);
        }
        return new WeightedPath([.. vertices], [.. edges], cost);
    }

    /// <summary>
    /// Per-thread scratch arrays for the two searches, reused across queries: a visit stamp tells "seen in this query"
    /// without clearing the arrays, so a query costs what it touches, not the size of the graph.
    /// </summary>
    private sealed class SearchState
    {
        [ThreadStatic]
        private static SearchState? _current;

        private int[] _stamp = [];
        private int[] _blocked = [];
        private int[] _depth = [];
        private int[] _via = [];
        private double[] _cost = [];
        private int _generation;
        private int _nodes;

        public static SearchState For(int nodes)
        {
            var state = _current ??= new SearchState();
            if (state._stamp.Length < 2 * nodes)
            {
                state._stamp = new int[2 * nodes];
                state._blocked = new int[nodes];
                state._depth = new int[2 * nodes];
                state._via = new int[2 * nodes];
                state._cost = new double[2 * nodes];
                state._generation = 0;
            }
            state._generation++;
            if (state._generation == int.MaxValue)
            {
                Array.Clear(state._stamp);
                Array.Clear(state._blocked);
                state._generation = 1;
            }
            state._nodes = nodes;
            return state;
        }

        public bool Seen(bool forwardSide, int node) => _stamp[Slot(forwardSide, node)] == _generation;

        /// <summary>A node no path of this search may pass (the root of a detour).</summary>
        public void Block(int node) => _blocked[node] = _generation;

        public bool IsBlocked(int node) => _blocked[node] == _generation;

        public int Depth(bool forwardSide, int node) => _depth[Slot(forwardSide, node)];

        /// <summary>The edge id the search came to <paramref name="node"/> by.</summary>
        public int Via(bool forwardSide, int node) => _via[Slot(forwardSide, node)];

        /// <summary>The cost (<see cref="PathCost"/>) of the cheapest shortest way found to <paramref name="node"/>.</summary>
        public double Cost(bool forwardSide, int node) => _cost[Slot(forwardSide, node)];

        public void Visit(bool forwardSide, int node, int depth, int via, double cost)
        {
            var slot = Slot(forwardSide, node);
            _stamp[slot] = _generation;
            _depth[slot] = depth;
            _via[slot] = via;
            _cost[slot] = cost;
        }

        private int Slot(bool forwardSide, int node) => forwardSide ? node : _nodes + node;
    }
}
