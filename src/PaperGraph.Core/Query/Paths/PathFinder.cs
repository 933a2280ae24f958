using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Paths;

/// <summary>
/// The shortest explained connection between two entities: breadth-first over paper edges (every hop carries the
/// sentence that justifies it) and the technique taxonomy (IS_A), ignoring edge direction.
/// </summary>
/// <remarks>Derived edges (CO_OCCURS, APPLIES, EVALUATED_ON) are left out: they summarise papers, and a path should show the papers.</remarks>
public static class PathFinder
{
    private static readonly IReadOnlySet<int> NoVertices = ImmutableHashSet<int>.Empty;

    /// <summary>
    /// The adjacency entries Yen's spur searches may read for one query before the remaining connections are found by
    /// <see cref="DistinctDetours"/> instead (which may read twice as much again): eight times what any query of the
    /// seed graph reads (24,002 at most, PathBudgetTests), so there the k connections are Yen's exactly; on a
    /// million-paper graph a few tens of milliseconds (200 pairs: path --k 3 p50 25–29 ms, p99 69–89 ms, where path
    /// --k 1 alone is p50 6–9 ms, p99 70–93 ms; without the budget k = 3 took seconds; issue 15).
    /// </summary>
    internal const long WorkBudget = 200_000;

    /// <summary>
    /// The best connection through papers and IS_A, as <see cref="PathCost"/> defines it: the path that
    /// <see cref="BestPaths"/> ranks first.
    /// </summary>
    /// <remarks>A bidirectional breadth-first search over the graph's rows (<see cref="HopPathSpace"/>).</remarks>
    public static ImmutableArray<PathHop>? ShortestPath(KnowledgeGraph graph, GraphNode from, GraphNode to, int maxHops = 8)
    {
        if (from.Id == to.Id)
        {
            return [];
        }
        var path = new HopPathSpace(graph, PathVia.Papers, canPass: null).Cheapest(from.Id, to.Id, NoVertices, NoVertices, maxHops);
        return path is null ? null : [.. Enumerable.Range(0, path.HopCount).Select(i => new PathHop(graph.Nodes[path.Vertices[i]], graph.Edge(path.Edges[i]), graph.Nodes[path.Vertices[i + 1]]))];
    }

    /// <summary>
    /// The k best connections between two entities, best first as <see cref="PathCost"/> defines it, each differing from
    /// the ones before it in its bridges (<see cref="PathDiversity"/>): Yen's k shortest simple paths, skipping near copies.
    /// </summary>
    /// <remarks>
    /// The first connection is the one <see cref="ShortestPath"/> finds: one definition of "best" for every k. Every
    /// search of Yen's algorithm is the bidirectional one of <see cref="ShortestPath"/>, within the hop limit, so k
    /// connections cost a few dozen such searches, not a copy of the graph and a Dijkstra over most of it per detour.
    /// </remarks>
    public static ImmutableArray<ExplainedPath> BestPaths(KnowledgeGraph graph, GraphNode from, GraphNode to, PathSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.K, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.MaxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.MaxHops, PathCost.MaxHops);
        if (from.Id == to.Id)
        {
            return [];
        }
        var via = search.Via;
        var kinds = search.Kinds;
        Func<GraphNode, bool>? canPass = kinds.IsEmpty ? null : node => node.IsPaper ? via == PathVia.Papers : kinds.Contains(node.Kind);
        var space = new HopPathSpace(graph, via, canPass) { WorkLimit = 3 * WorkBudget };
        // Near copies are skipped, so more candidates are examined than returned, but within a budget: on a graph of
        // hubs there can be thousands of near copies, and a few distinct connections now beat k of them in a minute.
        var paths = KShortestPaths.Find(space, from.Id, to.Id, search.K, search.MaxHops, PathDiversity.IsDistinct, maxRounds: 4 * search.K + 8, WorkBudget);
        if (paths.Length < search.K && space.Work > WorkBudget)
        {
            // Out of budget (a large graph): the first connection is the one ShortestPath finds, as always; the rest
            // go around the ones found (DistinctDetours), a search each instead of rounds of spur searches.
            paths = DistinctDetours.Extend(space, from.Id, to.Id, paths, search.K, search.MaxHops, maxSearches: 2 * search.K, 3 * WorkBudget);
        }
        return [.. paths.Select(path => Explain(graph, path))];
    }

    /// <summary>Edges between two entities, each a summary of papers or a stated relation.</summary>
    public static bool IsConceptEdge(GraphEdge edge) => !edge.Source.IsPaper && !edge.Target.IsPaper;

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
                if (graph.TryGetNode(EntityKind.Paper, evidence.PaperId, out var paper))
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
