using System.Collections.Concurrent;
using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Paths;

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
/// <para>
/// On a large graph the level that meets is the largest one (two hub entities' papers, 600k nodes at 1M papers), and
/// all the search needs of it is its meetings. A level likely to meet is therefore first read for meetings alone,
/// labelling only the nodes the other side has seen; only when it has none is it grown whole. The labels, the chosen
/// meeting and the work counted are the same as growing it whole (MeetingsFirstTests; every k = 3 answer of 200
/// pairs on the 1M-paper graph was unchanged, <c>bench --paths-out</c>), and <c>path --k 1</c> on that graph went from
/// p50 15–25 ms to 8–10 ms.
/// </para>
/// <para>
/// Kept beside QuikGraph's searches, which run on the same rows (<see cref="KnowledgeGraph.Undirected"/>), because it
/// is much faster where it matters: on a 200k-paper synthetic graph, 20 <c>path --k 1</c> queries took 268 ms with
/// this search and 41.8 s with QuikGraph's undirected Dijkstra over the same weights, stopped at the target (156×;
/// its breadth-first search did not finish its warm-up in 20 minutes), BenchmarkDotNet on 2 shared cores at load
/// ~13, bench/PaperGraph.Benchmarks/QuikGraphBenchmarks.cs. QuikGraph's searches grow from one end and initialise
/// every vertex; this one grows both ends and touches only what it reads. Tests check that both find the same
/// connections (tests/PaperGraph.Tests/Graph/QuikGraphViewTests.cs).
/// </para>
/// <para>No copy of the graph is made: the search reads the rows the graph hands out (<see cref="KnowledgeGraph.Row"/>), into per-thread scratch arrays the graph owns.</para>
/// </remarks>
internal sealed class HopPathSpace : IPathSpace
{
    private readonly KnowledgeGraph _graph;
    private readonly RowParts _parts;
    private readonly Func<GraphNode, bool>? _canPass;

    /// <param name="graph">The graph.</param>
    /// <param name="via">Which rows a path walks.</param>
    /// <param name="canPass">Which nodes may stand between the ends; null lets every node the rows reach.</param>
    public HopPathSpace(KnowledgeGraph graph, PathVia via, Func<GraphNode, bool>? canPass)
    {
        _graph = graph;
        _parts = via == PathVia.Concepts ? RowParts.Concepts : RowParts.Explainable;
        _canPass = canPass;
    }

    public bool CostsGrowWithHops => true;

    /// <summary>Adjacency entries read by this space's searches so far.</summary>
    public long Work { get; private set; }

    /// <summary>
    /// Past this much <see cref="Work"/>, a search gives up (finds nothing) rather than read on: a search that must go
    /// around hubs can otherwise read most of a million-paper graph. The first search of a space, the connection
    /// <c>path --k 1</c> shows, is never cut short.
    /// </summary>
    public long WorkLimit { get; init; } = long.MaxValue;

    private bool _searched;

    /// <summary>
    /// Looks for every level's meetings before growing it, however small the level: for tests, which show that this
    /// gives the same paths as growing every level whole.
    /// </summary>
    internal bool AlwaysMeetingsFirst { get; init; }

    public double StepCost(int from, int to, int edge) => PathCost.Hop(_graph.TypeOf(edge), _graph.WeightOf(edge), edge);

    public WeightedPath? Cheapest(int from, int to, IReadOnlySet<int> avoid, IReadOnlySet<int> avoidFirstSteps, int maxHops)
    {
        var pool = _graph.Index(static graph => new SearchState.Pool(graph.Nodes.Length));
        var search = pool.Rent();
        try
        {
            return Cheapest(search, from, to, avoid, avoidFirstSteps, maxHops);
        }
        finally
        {
            _searched = true;
            pool.Return(search);
        }
    }

    private WeightedPath? Cheapest(SearchState search, int from, int to, IReadOnlySet<int> avoid, IReadOnlySet<int> avoidFirstSteps, int maxHops)
    {
        foreach (var vertex in avoid)
        {
            search.Block(vertex);
        }
        search.Visit(forwardSide: true, from, 0, -1, 0);
        search.Visit(forwardSide: false, to, 0, -1, 0);
        var query = new Query(search, from, to, avoidFirstSteps, avoid.Count > 0);
        // The frontiers of a search on a large graph hold hundreds of thousands of nodes: their lists are the state's,
        // reused, so a query does not allocate them anew (large-object allocations start full collections of the
        // whole heap, which on a million-paper graph took longer than the search).
        var (forwardFrontier, backwardFrontier, next) = search.Frontiers();
        forwardFrontier.Add(from);
        backwardFrontier.Add(to);
        var forwardExpansion = (long)_graph.RowLength(from, _parts);
        var backwardExpansion = (long)_graph.RowLength(to, _parts);
        long forwardSeen = 1, backwardSeen = 1;
        var limit = Math.Min(maxHops, PathCost.MaxHops);
        for (var hops = 0; hops < limit && forwardFrontier.Count > 0 && backwardFrontier.Count > 0; hops++)
        {
            // Grow the side that is cheaper to expand: the sum of degrees, not the node count, is the work, and one
            // hub entity in a frontier can outweigh thousands of papers.
            var expandForward = forwardExpansion <= backwardExpansion;
            var frontier = expandForward ? forwardFrontier : backwardFrontier;
            var expansion = expandForward ? forwardExpansion : backwardExpansion;
            var otherSeen = expandForward ? backwardSeen : forwardSeen;
            next.Clear();
            var workBefore = Work;
            // The level that meets is usually the largest, and the search needs only its meetings, not the labels of
            // the rest of it (the next frontier). Where this level is likely to meet (it reads as many entries as the
            // graph has nodes divided by those the other side has seen), its meetings are looked for first, labelling
            // only them; if there are none, the level is grown as usual. Either way the result is the same.
            var meetingsFirst = AlwaysMeetingsFirst || (expansion > 4096 && expansion * otherSeen >= _graph.Nodes.Length);
            var grown = Grow(query, frontier, expandForward, next, meetingsOnly: meetingsFirst);
            if (grown && meetingsFirst && next.Count == 0)
            {
                Work = workBefore;
                grown = Grow(query, frontier, expandForward, next, meetingsOnly: false);
            }
            if (!grown)
            {
                return null;
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
            // The side not grown keeps its frontier, and so its cost.
            if (expandForward)
            {
                (forwardFrontier, next) = (next, forwardFrontier);
                forwardExpansion = ExpansionCost(forwardFrontier);
                forwardSeen += forwardFrontier.Count;
            }
            else
            {
                (backwardFrontier, next) = (next, backwardFrontier);
                backwardExpansion = ExpansionCost(backwardFrontier);
                backwardSeen += backwardFrontier.Count;
            }
        }
        return null;
    }

    /// <summary>What one search keeps fixed while it grows level by level.</summary>
    private readonly record struct Query(SearchState Search, int From, int To, IReadOnlySet<int> AvoidFirstSteps, bool AnyBlocked);

    /// <summary>
    /// Labels the nodes one step beyond <paramref name="frontier"/> and adds those reached for the first time to
    /// <paramref name="next"/>, in the order they are reached; with <paramref name="meetingsOnly"/>, only those the
    /// other side has seen (the meetings), labelled exactly as a whole level would label them. False when the work
    /// limit is passed.
    /// </summary>
    private bool Grow(Query query, List<int> frontier, bool expandForward, List<int> next, bool meetingsOnly)
    {
        var (search, from, to, avoidFirstSteps, anyBlocked) = query;
        var nodes = _graph.Nodes;
        foreach (var node in frontier)
        {
            var depth = search.Depth(expandForward, node) + 1;
            var cost = search.Cost(expandForward, node);
            var row = _graph.Row(node, _parts);
            Work += row.Length;
            if (Work > WorkLimit && _searched)
            {
                return false;
            }
            for (var slot = 0; slot < row.Length; slot++)
            {
                var neighbor = row.Neighbours[slot];
                if ((meetingsOnly && !search.Seen(!expandForward, neighbor))
                    || (anyBlocked && search.IsBlocked(neighbor))
                    || (avoidFirstSteps.Count > 0 && (expandForward ? node == from && avoidFirstSteps.Contains(neighbor) : neighbor == from && avoidFirstSteps.Contains(node)))
                    || (_canPass is not null && neighbor != from && neighbor != to && !_canPass(nodes[neighbor])))
                {
                    continue;
                }
                var edge = row.Edges[slot];
                var reached = cost + PathCost.Hop(_graph.TypeOf(edge), _graph.WeightOf(edge), edge);
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
        return true;
    }

    private long ExpansionCost(List<int> frontier)
    {
        var cost = 0L;
        foreach (var node in frontier)
        {
            cost += _graph.RowLength(node, _parts);
        }
        return cost;
    }

    private WeightedPath Join(SearchState search, int from, int to, int middle)
    {
        var vertices = new List<int> { middle };
        var edges = new List<int>();
        for (var current = middle; current != from;)
        {
            var edge = search.Via(forwardSide: true, current);
            current = _graph.OtherEnd(edge, current);
            vertices.Add(current);
            edges.Add(edge);
        }
        vertices.Reverse();
        edges.Reverse();
        for (var current = middle; current != to;)
        {
            var edge = search.Via(forwardSide: false, current);
            current = _graph.OtherEnd(edge, current);
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
    /// Scratch arrays for the two searches, sized to the graph and kept by it (a pool the graph owns, one state per
    /// search running at once), reused across queries: a visit stamp tells "seen in this query" without clearing the
    /// arrays, so a query costs what it touches, not the size of the graph.
    /// </summary>
    private sealed class SearchState
    {
        private readonly int[] _stamp;
        private readonly int[] _blocked;
        private readonly int[] _depth;
        private readonly int[] _via;
        private readonly double[] _cost;
        private readonly int _nodes;
        private readonly List<int> _first = [], _second = [], _third = [];
        private int _generation;

        private SearchState(int nodes)
        {
            _nodes = nodes;
            _stamp = new int[2 * nodes];
            _blocked = new int[nodes];
            _depth = new int[2 * nodes];
            _via = new int[2 * nodes];
            _cost = new double[2 * nodes];
        }

        /// <summary>Forgets the previous search: a new generation makes every stamp stale.</summary>
        private SearchState Begin()
        {
            _generation++;
            if (_generation == int.MaxValue)
            {
                Array.Clear(_stamp);
                Array.Clear(_blocked);
                _generation = 1;
            }
            return this;
        }

        /// <summary>Three empty lists for the forward frontier, the backward one and the level being grown.</summary>
        public (List<int> Forward, List<int> Backward, List<int> Next) Frontiers()
        {
            _first.Clear();
            _second.Clear();
            _third.Clear();
            return (_first, _second, _third);
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

        /// <summary>The states of one graph: parallel queries each take their own, and a query reuses a finished one's.</summary>
        public sealed class Pool(int nodes)
        {
            private readonly ConcurrentBag<SearchState> _free = [];

            public SearchState Rent() => (_free.TryTake(out var state) ? state : new SearchState(nodes)).Begin();

            public void Return(SearchState state) => _free.Add(state);
        }
    }
}
