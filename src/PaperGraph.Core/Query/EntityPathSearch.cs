using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>
/// The shortest explained path between two entities, searched over entities alone: two entities that share a paper
/// are two hops apart (entity, paper, entity) and have a CO_OCCURS edge; IS_A is one hop. So the path through papers
/// is a shortest path in the entity graph with CO_OCCURS weighing 2 and IS_A 1, and each CO_OCCURS step is then
/// shown through the shared paper with the most mentions of both ends.
/// </summary>
/// <remarks>
/// On a million papers a popular entity has hundreds of thousands of papers but at most tens of thousands of
/// co-occurring entities, so a breadth-first search through papers expands millions of edges where this expands tens
/// of thousands. It is a bidirectional Dijkstra with buckets (the weights are 1 and 2): each side settles one
/// distance at a time, the cheaper side first, and the search stops once the two smallest unsettled distances add up
/// to the best meeting found. Needs every co-occurring pair to have its edge
/// (<see cref="KnowledgeGraph.CoOccurrenceIsComplete"/>).
/// </remarks>
internal static class EntityPathSearch
{
    public static ImmutableArray<PathHop>? ShortestPath(KnowledgeGraph graph, GraphNode from, GraphNode to, int maxHops)
    {
        var adjacency = graph.Adjacency;
        var table = graph.EdgeTable;
        var state = PathFinder.SearchState.For(graph.Nodes.Length);
        var forward = new Side(true, maxHops);
        var backward = new Side(false, maxHops);
        state.Visit(true, from.Id, 0, -1);
        state.Visit(false, to.Id, 0, -1);
        forward.Add(0, from.Id);
        backward.Add(0, to.Id);
        var best = int.MaxValue;
        var meeting = -1;
        while (true)
        {
            var forwardLevel = forward.NextLevel();
            var backwardLevel = backward.NextLevel();
            if (forwardLevel > maxHops || backwardLevel > maxHops || forwardLevel + backwardLevel >= best)
            {
                break;
            }
            var side = forward.Cost(adjacency, forwardLevel) <= backward.Cost(adjacency, backwardLevel) ? forward : backward;
            var level = side == forward ? forwardLevel : backwardLevel;
            foreach (var node in side.Take(level))
            {
                if (state.Depth(side.IsForward, node) != level)
                {
                    continue;
                }
                for (var slot = adjacency.TaxonomyStart[node]; slot < adjacency.Start[node + 1]; slot++)
                {
                    var edge = adjacency.Edge[slot];
                    var step = table.TypeOf(edge) switch
                    {
                        RelationType.IsA => 1,
                        RelationType.CoOccurs => 2,
                        _ => 0,
                    };
                    var reached = level + step;
                    if (step == 0 || reached > maxHops)
                    {
                        continue;
                    }
                    var neighbor = adjacency.Neighbor[slot];
                    if (!state.Seen(side.IsForward, neighbor) || reached < state.Depth(side.IsForward, neighbor))
                    {
                        state.Visit(side.IsForward, neighbor, reached, edge);
                        side.Add(reached, neighbor);
                        if (state.Seen(!side.IsForward, neighbor) && reached + state.Depth(!side.IsForward, neighbor) < best)
                        {
                            best = reached + state.Depth(!side.IsForward, neighbor);
                            meeting = neighbor;
                        }
                    }
                }
            }
        }
        return meeting < 0 || best > maxHops ? null : Explain(graph, state, from, to, meeting);
    }

    /// <summary>Turns the entity steps into hops, each CO_OCCURS step through a shared paper; null if one cannot be shown.</summary>
    private static ImmutableArray<PathHop>? Explain(KnowledgeGraph graph, PathFinder.SearchState state, GraphNode from, GraphNode to, int meeting)
    {
        var steps = new List<(int From, int Edge, int To)>();
        for (var current = meeting; current != from.Id;)
        {
            var edge = state.Via(true, current);
            var before = Other(graph, edge, current);
            steps.Add((before, edge, current));
            current = before;
        }
        steps.Reverse();
        for (var current = meeting; current != to.Id;)
        {
            var edge = state.Via(false, current);
            var after = Other(graph, edge, current);
            steps.Add((current, edge, after));
            current = after;
        }
        var hops = ImmutableArray.CreateBuilder<PathHop>();
        foreach (var (a, edge, b) in steps)
        {
            if (graph.EdgeTable.TypeOf(edge) == RelationType.IsA)
            {
                hops.Add(new PathHop(graph.Nodes[a], graph.Edge(edge), graph.Nodes[b]));
                continue;
            }
            if (SharedPaper(graph, edge, a, b) is not var (paper, toPaper, fromPaper))
            {
                return null;
            }
            hops.Add(new PathHop(graph.Nodes[a], graph.Edge(toPaper), graph.Nodes[paper]));
            hops.Add(new PathHop(graph.Nodes[paper], graph.Edge(fromPaper), graph.Nodes[b]));
        }
        return hops.ToImmutable();
    }

    private static int Other(KnowledgeGraph graph, int edge, int node) =>
        graph.EdgeTable.Source[edge] == node ? graph.EdgeTable.Target[edge] : graph.EdgeTable.Source[edge];

    /// <summary>
    /// Among the papers a CO_OCCURS edge lists, the one whose edges to both ends carry the most mentions (the first
    /// listed on a tie), with those two paper edges.
    /// </summary>
    private static (int Paper, int EdgeToA, int EdgeToB)? SharedPaper(KnowledgeGraph graph, int coOccurs, int a, int b)
    {
        var table = graph.EdgeTable;
        (int, int, int)? best = null;
        var bestWeight = -1;
        for (var i = table.PapersStart[coOccurs]; i < table.PapersStart[coOccurs + 1]; i++)
        {
            var key = graph.Sentences.PaperKeys[table.PaperRefs[i]];
            if (!graph.TryGetNode(NodeKind.Paper, key, out var paper))
            {
                continue;
            }
            var toA = PaperEdge(graph, paper.Id, a);
            var toB = PaperEdge(graph, paper.Id, b);
            if (toA >= 0 && toB >= 0 && table.Weight[toA] + table.Weight[toB] > bestWeight)
            {
                bestWeight = table.Weight[toA] + table.Weight[toB];
                best = (paper.Id, toA, toB);
            }
        }
        return best;
    }

    /// <summary>The strongest edge between a paper and an entity (a paper's row is short and strongest first).</summary>
    private static int PaperEdge(KnowledgeGraph graph, int paper, int entity)
    {
        var adjacency = graph.Adjacency;
        for (var slot = adjacency.Start[paper]; slot < adjacency.TaxonomyStart[paper]; slot++)
        {
            if (adjacency.Neighbor[slot] == entity)
            {
                return adjacency.Edge[slot];
            }
        }
        return -1;
    }

    /// <summary>One side's nodes by tentative distance, settled a distance at a time.</summary>
    private sealed class Side(bool isForward, int maxHops)
    {
        private readonly List<int>[] _buckets = [.. Enumerable.Range(0, maxHops + 1).Select(_ => new List<int>())];
        private int _level;

        public bool IsForward { get; } = isForward;

        public void Add(int distance, int node) => _buckets[distance].Add(node);

        /// <summary>The smallest distance with nodes still to settle; past <c>maxHops</c> when there are none.</summary>
        public int NextLevel()
        {
            while (_level < _buckets.Length && _buckets[_level].Count == 0)
            {
                _level++;
            }
            return _level;
        }

        /// <summary>The nodes at <paramref name="level"/>, taken out of the bucket.</summary>
        public List<int> Take(int level)
        {
            var nodes = _buckets[level];
            _buckets[level] = [];
            return nodes;
        }

        /// <summary>The work of settling <paramref name="level"/>: the entity-to-entity edges of its nodes.</summary>
        public long Cost(Graph.Storage.Adjacency adjacency, int level)
        {
            if (level >= _buckets.Length)
            {
                return long.MaxValue;
            }
            var cost = 0L;
            foreach (var node in _buckets[level])
            {
                cost += adjacency.Start[node + 1] - adjacency.TaxonomyStart[node];
            }
            return cost;
        }
    }
}
