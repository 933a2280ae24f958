using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Resolution;
using PaperGraph.Tests.TestSupport;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Ranking;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace PaperGraph.Tests.Graph;

/// <summary>
/// QuikGraph's algorithms run on the knowledge graph itself (its columns, through <see cref="GraphLink"/> values), and
/// where PaperGraph keeps a specialised algorithm beside one of QuikGraph's, the two agree: on a small graph whose
/// answers are known, and on the seed graph.
/// </summary>
public class QuikGraphViewTests
{
    // p0 uses a and b; p1 uses b and c; p2 uses a and c through a longer wording; c IS_A d; e is alone.
    // Node ids: papers 0..2, then a = 3, b = 4, c = 5, d = 6, e = 7.
    private static KnowledgeGraph Small()
    {
        GraphNode Paper(int id) => new(id, EntityKind.Paper, $"p{id}", $"Paper {id}", [], null, 1, 0, [], [], null);
        GraphNode Entity(int id, string key) => new(id, EntityKind.Technique, key, key, [], null, 1, 0, [], [], null);
        ImmutableArray<GraphNode> nodes = [Paper(0), Paper(1), Paper(2), Entity(3, "a"), Entity(4, "b"), Entity(5, "c"), Entity(6, "d"), Entity(7, "e")];
        GraphEdge Uses(int paper, int entity, int mentions) => new(nodes[paper], nodes[entity], RelationType.Uses, [], [], mentions, 0);
        ImmutableArray<GraphEdge> edges =
        [
            Uses(0, 3, 2), Uses(0, 4, 1), Uses(1, 4, 3), Uses(1, 5, 1), Uses(2, 3, 1), Uses(2, 5, 1),
            new(nodes[5], nodes[6], RelationType.IsA, [], [], 1, 0),
            new(nodes[3], nodes[4], RelationType.CoOccurs, [], ["p0"], 1, 1.5),
        ];
        return new KnowledgeGraph(nodes, edges, [], []);
    }

    private static double Cost(KnowledgeGraph graph, GraphLink link) => PathCost.Hop(graph.TypeOf(link.Id), graph.WeightOf(link.Id), link.Id);

    [Fact]
    public void QuikGraph_sees_every_edge_once_as_a_link_over_the_columns_directed_as_stored()
    {
        var graph = Small();
        IBidirectionalGraph<int, GraphLink> view = graph;
        Assert.Equal(8, view.VertexCount);
        Assert.Equal(8, view.EdgeCount);
        Assert.Equal([new GraphLink(0, 3, 0), new GraphLink(0, 4, 1)], view.OutEdges(0).OrderBy(link => link.Id));
        Assert.Equal([0, 1, 3], view.InEdges(4).Select(link => link.Source).Order());
        Assert.Equal(3, view.Degree(4));
        Assert.True(view.ContainsEdge(5, 6));
        Assert.False(view.ContainsEdge(6, 5));
        // The undirected view over the path parts (papers and IS_A) leaves CO_OCCURS out.
        Assert.Equal([0, 2], graph.Undirected(RowParts.Explainable).AdjacentEdges(3).Select(link => link.Source).Order());
        Assert.Equal(3, graph.Undirected(RowParts.All).AdjacentDegree(3));
    }

    [Fact]
    public void QuikGraph_connected_components_leave_an_entity_without_papers_on_its_own()
    {
        var components = new Dictionary<int, int>();
        var count = Small().Undirected(RowParts.Explainable).ConnectedComponents(components);
        Assert.Equal(2, count);
        Assert.Single(components, pair => pair.Value == components[7]);
        Assert.All(Enumerable.Range(0, 7), vertex => Assert.Equal(components[0], components[vertex]));
    }

    [Fact]
    public void QuikGraph_breadth_first_search_and_the_bidirectional_search_agree_on_hops_on_a_small_graph_and_the_seed_graph()
    {
        foreach (var (graph, sources) in new[] { (Small(), new[] { 3, 6 }), (SeedCorpus.Graph, SeedSources(SeedCorpus.Graph)) })
        {
            foreach (var source in sources)
            {
                var hops = new Dictionary<int, int> { [source] = 0 };
                var search = new UndirectedBreadthFirstSearchAlgorithm<int, GraphLink>(graph.Undirected(RowParts.Explainable));
                search.TreeEdge += (_, args) => hops[args.Target] = hops[args.Source] + 1;
                search.Compute(source);
                foreach (var target in graph.Entities.Where(node => node.Id != source))
                {
                    var path = PathFinder.ShortestPath(graph, graph.Nodes[source], target, maxHops: PathCost.MaxHops);
                    Assert.Equal(hops.TryGetValue(target.Id, out var expected) ? expected : null, path?.Length);
                }
            }
        }
    }

    [Fact]
    public void QuikGraph_Dijkstra_with_the_path_cost_finds_the_connection_the_bidirectional_search_finds()
    {
        foreach (var (graph, sources) in new[] { (Small(), new[] { 3 }), (SeedCorpus.Graph, SeedSources(SeedCorpus.Graph)) })
        {
            foreach (var source in sources)
            {
                var paths = graph.Undirected(RowParts.Explainable).ShortestPathsDijkstra(link => Cost(graph, link), source);
                foreach (var target in graph.Entities.Where(node => node.Id != source))
                {
                    var ours = PathFinder.ShortestPath(graph, graph.Nodes[source], target, maxHops: PathCost.MaxHops);
                    if (!paths(target.Id, out var links))
                    {
                        Assert.Null(ours);
                        continue;
                    }
                    var theirs = links.ToList();
                    Assert.NotNull(ours);
                    Assert.Equal(theirs.Count, ours.Value.Length);
                    Assert.Equal(theirs.Sum(link => Cost(graph, link)), ours.Value.Sum(hop => Cost(graph, graph.Link(hop.Edge.Index))), 12);
                }
            }
        }
    }

    [Fact]
    public void QuikGraph_Yen_finds_the_k_cheapest_connections_that_the_spur_searches_find()
    {
        var small = Small();
        Assert.Equal(KShortestOurs(small, 3, 6, 3), KShortestQuikGraph(small, 3, 6, 3));
        var seed = SeedCorpus.Graph;
        var resolver = new EntityResolver(seed);
        var (lora, merging) = (resolver.Resolve("LoRA").Node!.Id, resolver.Resolve("model merging").Node!.Id);
        var ours = KShortestOurs(seed, lora, merging, 3);
        var theirs = KShortestQuikGraph(seed, lora, merging, 3);
        Assert.Equal(3, ours.Count);
        Assert.Equal(ours, theirs);
    }

    [Fact]
    public void QuikGraph_PageRank_and_the_weighted_PageRank_rank_a_star_the_same_way_when_weights_are_equal()
    {
        // A hub with four spokes and one spoke's spoke: the hub first, the spokes next, the outer leaf last.
        (int A, int B)[] links = [(0, 1), (0, 2), (0, 3), (0, 4), (4, 5)];
        var ours = PageRank.Compute(WeightedGraph.Create(6, links.Select(link => (link.A, link.B, 1.0))));
        var both = new BidirectionalGraph<int, SEdge<int>>();
        both.AddVertexRange(Enumerable.Range(0, 6));
        both.AddEdgeRange(links.SelectMany(link => new[] { new SEdge<int>(link.A, link.B), new SEdge<int>(link.B, link.A) }));
        var theirs = new PageRankAlgorithm<int, SEdge<int>>(both);
        theirs.Compute();
        Assert.Equal(
            Enumerable.Range(0, 6).OrderByDescending(vertex => ours[vertex]).ThenBy(vertex => vertex),
            Enumerable.Range(0, 6).OrderByDescending(vertex => theirs.Ranks[vertex]).ThenBy(vertex => vertex));
    }

    /// <summary>The entities of the seed graph in the most papers: sources whose searches reach far.</summary>
    private static int[] SeedSources(KnowledgeGraph graph) =>
        [.. graph.Entities.OrderByDescending(node => node.PaperCount).ThenBy(node => node.Id).Take(4).Select(node => node.Id)];

    private static List<int[]> KShortestOurs(KnowledgeGraph graph, int from, int to, int k) =>
        [.. KShortestPaths.Find(new HopPathSpace(graph, PathVia.Papers, canPass: null), from, to, k, PathCost.MaxHops, accept: null, maxRounds: 200)
            .Select(path => path.Vertices.ToArray())];

    /// <summary>
    /// QuikGraph's Yen over a copy (it asks for an AdjacencyGraph of tagged edges, both directions of each edge): the
    /// copy is the reason PaperGraph keeps its own Yen over the graph's rows (bench/PaperGraph.Benchmarks/QuikGraphBenchmarks.cs).
    /// </summary>
    private static List<int[]> KShortestQuikGraph(KnowledgeGraph graph, int from, int to, int k)
    {
        var copy = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true);
        copy.AddVertexRange(Enumerable.Range(0, graph.Nodes.Length));
        var view = graph.Undirected(RowParts.Explainable);
        foreach (var link in view.Edges)
        {
            copy.AddEdge(new EquatableTaggedEdge<int, double>(link.Source, link.Target, Cost(graph, link)));
            copy.AddEdge(new EquatableTaggedEdge<int, double>(link.Target, link.Source, Cost(graph, link)));
        }
        var yen = new YenShortestPathsAlgorithm<int>(copy, from, to, k, edge => edge.Tag);
        return [.. yen.Execute().Select(path => new[] { from }.Concat(path.Select(edge => edge.Target)).ToArray())];
    }
}
