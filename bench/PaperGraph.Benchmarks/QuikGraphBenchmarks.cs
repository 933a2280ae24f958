using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Lexicon;
using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Ranking;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace PaperGraph.Benchmarks;

/// <summary>
/// PaperGraph's own path and ranking algorithms against QuikGraph's, on the same graph (QuikGraph's run on the
/// graph's own columns through <see cref="KnowledgeGraph.Undirected"/> where they can, on a copy where they ask for
/// one): the evidence for keeping the specialised ones (issue 15). The graph is PAPERGRAPH_BENCH_GRAPH (a saved
/// synthetic build, e.g. bench/out/synth-200000-no-model.pgz) or else the seed graph; each run times the same 20
/// entity pairs that <c>papergraph bench --seed 1</c> draws first.
/// </summary>
/// <remarks>
/// Monitoring runs (each operation is milliseconds to minutes, not nanoseconds): one launch, one warm-up, three
/// iterations. Run: <c>dotnet run -c Release --project bench/PaperGraph.Benchmarks -- --filter '*QuikGraph*'</c>.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class QuikGraphBenchmarks
{
    private KnowledgeGraph _graph = null!;
    private (int From, int To)[] _pairs = [];
    private BidirectionalGraph<int, SEdge<int>> _coOccurrenceCopy = null!;
    private AdjacencyGraph<int, EquatableTaggedEdge<int, double>> _pathCopy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = LoadGraph();
        var entities = _graph.Entities.Where(node => node.PaperCount > 0).ToArray();
        var random = new Random(1);
        _pairs = [.. Enumerable.Range(0, 20).Select(_ => (entities[random.Next(entities.Length)].Id, entities[random.Next(entities.Length)].Id))];
    }

    /// <summary>QuikGraph's PageRank reads in-edges of a directed graph: the co-occurrence links both ways, copied once here (not timed).</summary>
    [GlobalSetup(Target = nameof(PageRank_QuikGraph))]
    public void SetupCoOccurrenceCopy()
    {
        Setup();
        var concepts = ConceptGraph.CoOccurrence(_graph).Graph;
        _coOccurrenceCopy = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true);
        _coOccurrenceCopy.AddVertexRange(Enumerable.Range(0, concepts.VertexCount));
        for (var vertex = 0; vertex < concepts.VertexCount; vertex++)
        {
            foreach (var link in concepts.Links(vertex))
            {
                _coOccurrenceCopy.AddEdge(new SEdge<int>(vertex, link.Neighbor));
            }
        }
    }

    /// <summary>QuikGraph's Yen asks for an AdjacencyGraph of tagged edges: the path edges both ways with their cost, copied once here (not timed).</summary>
    [GlobalSetup(Target = nameof(ThreePaths_QuikGraphYen))]
    public void SetupPathCopy()
    {
        Setup();
        _pathCopy = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true);
        _pathCopy.AddVertexRange(Enumerable.Range(0, _graph.Nodes.Length));
        foreach (var link in _graph.Undirected(RowParts.Explainable).Edges)
        {
            _pathCopy.AddEdge(new EquatableTaggedEdge<int, double>(link.Source, link.Target, Cost(link)));
            _pathCopy.AddEdge(new EquatableTaggedEdge<int, double>(link.Target, link.Source, Cost(link)));
        }
    }

    [Benchmark(Baseline = true, Description = "path --k 1: bidirectional search over the rows (PaperGraph)")]
    public int ShortestPath_Bidirectional()
    {
        var hops = 0;
        foreach (var (from, to) in _pairs)
        {
            hops += PathFinder.ShortestPath(_graph, _graph.Nodes[from], _graph.Nodes[to])?.Length ?? 0;
        }
        return hops;
    }

    [Benchmark(Description = "path --k 1: QuikGraph undirected Dijkstra (PathCost weights), stopped at the target")]
    public int ShortestPath_QuikGraphDijkstra()
    {
        var reached = 0;
        foreach (var (from, to) in _pairs)
        {
            var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, GraphLink>(_graph.Undirected(RowParts.Explainable), Cost);
            dijkstra.FinishVertex += vertex =>
            {
                if (vertex == to)
                {
                    reached++;
                    dijkstra.Abort();
                }
            };
            dijkstra.Compute(from);
        }
        return reached;
    }

    [Benchmark(Description = "path --k 1 hop count: QuikGraph undirected breadth-first search, stopped at the target")]
    public int ShortestPath_QuikGraphBreadthFirst()
    {
        var reached = 0;
        foreach (var (from, to) in _pairs)
        {
            var search = new UndirectedBreadthFirstSearchAlgorithm<int, GraphLink>(_graph.Undirected(RowParts.Explainable));
            search.DiscoverVertex += vertex =>
            {
                if (vertex == to)
                {
                    reached++;
                    search.Abort();
                }
            };
            search.Compute(from);
        }
        return reached;
    }

    [Benchmark(Description = "path --k 3: Yen with bidirectional spur searches over the rows (PaperGraph), first 2 pairs")]
    public int ThreePaths_Ours()
    {
        var found = 0;
        foreach (var (from, to) in _pairs.Take(2))
        {
            found += KShortestPaths.Find(new HopPathSpace(_graph, PathVia.Papers, canPass: null), from, to, 3, 8, accept: null, maxRounds: 200).Length;
        }
        return found;
    }

    [Benchmark(Description = "path --k 3: QuikGraph Yen over its copy, first 2 pairs")]
    public int ThreePaths_QuikGraphYen()
    {
        var found = 0;
        foreach (var (from, to) in _pairs.Take(2))
        {
            found += new YenShortestPathsAlgorithm<int>(_pathCopy, from, to, 3, edge => edge.Tag).Execute().Count();
        }
        return found;
    }

    [Benchmark(Description = "central: weighted PageRank on the co-occurrence graph (PaperGraph)")]
    public double PageRank_Ours() => PageRank.Compute(ConceptGraph.CoOccurrence(_graph).Graph)[0];

    [Benchmark(Description = "central: QuikGraph PageRank (unweighted) on a copy of the co-occurrence graph")]
    public double PageRank_QuikGraph()
    {
        var pageRank = new PageRankAlgorithm<int, SEdge<int>>(_coOccurrenceCopy);
        pageRank.Compute();
        return pageRank.Ranks[0];
    }

    private double Cost(GraphLink link) => PathCost.Hop(_graph.TypeOf(link.Id), _graph.WeightOf(link.Id), link.Id);

    private static KnowledgeGraph LoadGraph()
    {
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_BENCH_GRAPH") is { Length: > 0 } path)
        {
            var (graph, problem) = GraphFile.TryLoad(path);
            return graph ?? throw new InvalidOperationException(problem?.ToString());
        }
        var extractor = new Extractor(LexiconLoader.BuiltIn);
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        foreach (var paper in SeedData.Papers())
        {
            builder.Add(extractor.Extract(paper));
        }
        return builder.Build();
    }
}
