using System.Runtime.CompilerServices;
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
    // Query structures derived from a graph once and reused by every query on it (graphs are immutable).
    private static readonly ConditionalWeakTable<KnowledgeGraph, WeightedGraph> PaperHopGraphs = new();
    private static readonly ConditionalWeakTable<KnowledgeGraph, WeightedGraph> ConceptHopGraphs = new();

    /// <summary>
    /// The best connection through papers and IS_A, as <see cref="PathCost"/> defines it: the same path that
    /// <see cref="BestPaths"/> ranks first, found without building the weighted graph.
    /// </summary>
    /// <remarks>
    /// Bidirectional breadth-first search: both ends grow a frontier, the cheaper one a whole level at a time, until they
    /// meet, so a query touches a few neighbourhoods instead of most of the graph. Each node keeps the cheapest way to it
    /// among the shortest ones (a level is complete before the next is grown, so the label is final), and every
    /// shortest path crosses the level where the two searches meet, so the cheapest join there is the best path.
    /// </remarks>
    public static ImmutableArray<PathHop>? ShortestPath(KnowledgeGraph graph, GraphNode from, GraphNode to, int maxHops = 8)
    {
        if (from.Id == to.Id)
        {
            return [];
        }
        return BreadthFirst(graph, from, to, Math.Min(maxHops, PathCost.MaxHops));
    }

    internal static ImmutableArray<PathHop>? BreadthFirst(KnowledgeGraph graph, GraphNode from, GraphNode to, int maxHops)
    {
        // A node's paper edges and IS_A edges lead its adjacency row (Graph/Storage/Adjacency.cs).
        var adjacency = graph.Adjacency;
        var table = graph.EdgeTable;
        var search = SearchState.For(graph.Nodes.Length);
        search.Visit(forwardSide: true, from.Id, 0, -1, 0);
        search.Visit(forwardSide: false, to.Id, 0, -1, 0);
        var forwardFrontier = new List<int> { from.Id };
        var backwardFrontier = new List<int> { to.Id };
        for (var hops = 0; hops < maxHops && forwardFrontier.Count > 0 && backwardFrontier.Count > 0; hops++)
        {
            // Grow the side that is cheaper to expand: the sum of degrees, not the node count, is the work, and one
            // hub entity in a frontier can outweigh thousands of papers.
            var expandForward = ExpansionCost(adjacency, forwardFrontier) <= ExpansionCost(adjacency, backwardFrontier);
            var frontier = expandForward ? forwardFrontier : backwardFrontier;
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var depth = search.Depth(expandForward, node) + 1;
                var cost = search.Cost(expandForward, node);
                for (var slot = adjacency.Start[node]; slot < adjacency.ConceptStart[node]; slot++)
                {
                    var neighbor = adjacency.Neighbor[slot];
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
            var length = 0;
            foreach (var node in next)
            {
                if (search.Seen(!expandForward, node) && search.Cost(true, node) + search.Cost(false, node) < best)
                {
                    best = search.Cost(true, node) + search.Cost(false, node);
                    length = search.Depth(true, node) + search.Depth(false, node);
                    meeting = node;
                }
            }
            if (meeting >= 0)
            {
                return length <= maxHops ? Join(graph, search, from, to, graph.Nodes[meeting]) : null;
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

    private static long ExpansionCost(Graph.Storage.Adjacency adjacency, List<int> frontier)
    {
        var cost = 0L;
        foreach (var node in frontier)
        {
            cost += adjacency.ConceptStart[node] - adjacency.Start[node];
        }
        return cost;
    }

    private static ImmutableArray<PathHop> Join(KnowledgeGraph graph, SearchState search, GraphNode from, GraphNode to, GraphNode middle)
    {
        var hops = new List<PathHop>();
        var current = middle;
        while (current.Id != from.Id)
        {
            var edge = graph.Edge(search.Via(forwardSide: true, current.Id));
            var before = edge.Other(current);
            hops.Add(new PathHop(before, edge, current));
            current = before;
        }
        hops.Reverse();
        current = middle;
        while (current.Id != to.Id)
        {
            var edge = graph.Edge(search.Via(forwardSide: false, current.Id));
            var after = edge.Other(current);
            hops.Add(new PathHop(current, edge, after));
            current = after;
        }
        return [.. hops];
    }

    /// <summary>
    /// Per-thread scratch arrays for the two searches, reused across queries: a visit stamp tells "seen in this query"
    /// without clearing the arrays, so a query costs what it touches, not the size of the graph.
    /// </summary>
    internal sealed class SearchState
    {
        [ThreadStatic]
        private static SearchState? _current;

        private int[] _stamp = [];
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
                state._depth = new int[2 * nodes];
                state._via = new int[2 * nodes];
                state._cost = new double[2 * nodes];
                state._generation = 0;
            }
            state._generation++;
            if (state._generation == int.MaxValue)
            {
                Array.Clear(state._stamp);
                state._generation = 1;
            }
            state._nodes = nodes;
            return state;
        }

        public bool Seen(bool forwardSide, int node) => _stamp[Slot(forwardSide, node)] == _generation;

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

    /// <summary>
    /// The k best connections between two entities, best first as <see cref="PathCost"/> defines it, each differing from
    /// the ones before it in its bridges (<see cref="PathDiversity"/>): Yen's k shortest simple paths, skipping near copies.
    /// </summary>
    /// <remarks>The first connection is the one <see cref="ShortestPath"/> finds: one definition of "best" for every k.</remarks>
    public static ImmutableArray<ExplainedPath> BestPaths(KnowledgeGraph graph, GraphNode from, GraphNode to, PathSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.K, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.MaxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.MaxHops, PathCost.MaxHops);
        if (from.Id == to.Id)
        {
            return [];
        }
        if (search.K == 1 && search.Via == PathVia.Papers && search.Kinds.IsEmpty)
        {
            // One connection through papers: the bidirectional search answers in milliseconds on a million-paper
            // graph, where building the weighted graph for Yen's algorithm alone takes seconds.
            return ShortestPath(graph, from, to, search.MaxHops) is { } hops ? [Explain(graph, ToWeightedPath(from, hops))] : [];
        }
        var weighted = search.Via == PathVia.Papers
            ? PaperHopGraphs.GetValue(graph, g => HopGraph(g, concepts: false))
            : ConceptHopGraphs.GetValue(graph, g => HopGraph(g, concepts: true));
        bool CanPass(int vertex)
        {
            var node = graph.Nodes[vertex];
            return node.IsPaper ? search.Via == PathVia.Papers : search.Kinds.IsEmpty || search.Kinds.Contains(node.Kind);
        }
        // Near copies are skipped, so more candidates are examined than returned, but within a budget: on a graph of
        // hubs there can be thousands of near copies, and a few distinct connections now beat k of them in a minute.
        var paths = KShortestPaths.Find(weighted, from.Id, to.Id, search.K, CanPass, search.MaxHops, PathDiversity.IsDistinct, maxRounds: 4 * search.K + 8);
        return [.. paths.Select(path => Explain(graph, path))];
    }

    private static WeightedGraph HopGraph(KnowledgeGraph graph, bool concepts)
    {
        // Straight from the edge columns: materialising every edge of a large graph as a view would cost more than the search.
        var table = graph.EdgeTable;
        return WeightedGraph.Create(graph.Nodes.Length, Enumerable.Range(0, table.Count)
            .Where(edge => table.Source[edge] != table.Target[edge]
                && (concepts
                    ? !graph.Nodes[table.Source[edge]].IsPaper && !graph.Nodes[table.Target[edge]].IsPaper
                    : IsExplainable(table.TypeOf(edge))))
            .Select(edge => (table.Source[edge], table.Target[edge], PathCost.Hop(table.TypeOf(edge), table.Weight[edge], edge), edge)));
    }

    /// <summary>Edges between two entities, each a summary of papers or a stated relation.</summary>
    public static bool IsConceptEdge(GraphEdge edge) => !edge.Source.IsPaper && !edge.Target.IsPaper;

    private static WeightedPath ToWeightedPath(GraphNode from, ImmutableArray<PathHop> hops) =>
        new([from.Id, .. hops.Select(hop => hop.To.Id)], [.. hops.Select(hop => hop.Edge.Index)], hops.Sum(hop => PathCost.Hop(hop.Edge.Type, hop.Edge.Weight, hop.Edge.Index)));

    private static ExplainedPath Explain(KnowledgeGraph graph, WeightedPath path)
    {
        var hops = ImmutableArray.CreateBuilder<PathHop>(path.HopCount);
        var papers = new List<GraphNode>();
        void AddPaper(GraphNode paper)
        {
            if (!papers.Contains(paper))
            {
                papers.Add(paper);
            }
        }
        for (var i = 0; i < path.HopCount; i++)
        {
            var from = graph.Nodes[path.Vertices[i]];
            var edge = graph.Edges[path.Edges[i]];
            var hop = new PathHop(from, edge, edge.Other(from)) { Evidence = EdgeEvidence.Explain(graph, edge) };
            hops.Add(hop);
            foreach (var node in new[] { hop.From, hop.To }.Where(node => node.IsPaper))
            {
                AddPaper(node);
            }
            foreach (var evidence in hop.Evidence)
            {
                if (graph.TryGetNode(NodeKind.Paper, evidence.PaperId, out var paper))
                {
                    AddPaper(paper);
                }
            }
        }
        PreferSharedSentences(hops);
        return new ExplainedPath(hops.MoveToImmutable(), [.. papers], path.Cost);
    }

    /// <summary>
    /// Through a paper (A ← paper → B), shows first the sentence that mentions both A and B when there is one: the
    /// one sentence that explains the whole step.
    /// </summary>
    private static void PreferSharedSentences(ImmutableArray<PathHop>.Builder hops)
    {
        for (var i = 1; i < hops.Count; i++)
        {
            if (!hops[i].From.IsPaper)
            {
                continue;
            }
            var before = hops[i - 1];
            var after = hops[i];
            var shared = before.Evidence.Select(evidence => evidence.Sentence).Intersect(after.Evidence.Select(evidence => evidence.Sentence)).Order().ToList();
            if (shared.Count == 0)
            {
                continue;
            }
            hops[i - 1] = before with { Evidence = [.. before.Evidence.OrderBy(evidence => evidence.Sentence != shared[0])] };
            hops[i] = after with { Evidence = [.. after.Evidence.OrderBy(evidence => evidence.Sentence != shared[0])] };
        }
    }

    public static bool IsExplainable(GraphEdge edge) => IsExplainable(edge.Type);

    private static bool IsExplainable(RelationType type) =>
        type is RelationType.Proposes or RelationType.Uses or RelationType.EvaluatesOn or RelationType.Addresses or RelationType.IsA;

}
