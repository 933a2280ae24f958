using BenchmarkDotNet.Attributes;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Benchmarks;

/// <summary>Graph building, saving and loading, and the interactive queries, on the seed graph.</summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    private List<ExtractedPaper> _extracted = null!;
    private KnowledgeGraph _graph = null!;
    private GraphNode _lora = null!;
    private GraphNode _merging = null!;
    private byte[] _saved = null!;

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new Extractor(LexiconLoader.BuiltIn);
        _extracted = SeedData.Papers().Select(extractor.Extract).ToList();
        _graph = BuildGraph();
        var resolver = new EntityResolver(_graph);
        _lora = resolver.Resolve("LoRA").Node!;
        _merging = resolver.Resolve("model merging").Node!;
        using var stream = new MemoryStream();
        GraphFile.Write(_graph, stream);
        _saved = stream.ToArray();
    }

    [Benchmark]
    public KnowledgeGraph BuildGraph()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        foreach (var paper in _extracted)
        {
            builder.Add(paper);
        }
        return builder.Build();
    }

    [Benchmark]
    public long SaveGraph()
    {
        using var stream = new MemoryStream();
        GraphFile.Write(_graph, stream);
        return stream.Length;
    }

    [Benchmark]
    public int LoadGraph()
    {
        var path = Path.Combine(Path.GetTempPath(), "papergraph-bench.pgz");
        File.WriteAllBytes(path, _saved);
        return GraphFile.TryLoad(path).Graph!.Nodes.Length;
    }

    [Benchmark]
    public int ShortestPath() => PathFinder.ShortestPath(_graph, _lora, _merging)?.Length ?? -1;

    [Benchmark]
    public int BestThreePaths() => PathFinder.BestPaths(_graph, _lora, _merging, new PathSearch()).Length;

    [Benchmark]
    public int Neighbors() => Neighborhood.Of(_graph, _lora, 2, 10).Length;

    [Benchmark]
    public int Related() => Relatedness.Of(_graph, _lora, 10).Length;
}
