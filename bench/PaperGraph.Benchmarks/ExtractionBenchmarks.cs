using BenchmarkDotNet.Attributes;
using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Lexicon;

namespace PaperGraph.Benchmarks;

/// <summary>Extraction of one abstract, and of the whole seed corpus on one thread: the per-core throughput figure.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private Extractor _extractor = null!;
    private IReadOnlyList<Paper> _papers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new Extractor(LexiconLoader.BuiltIn);
        _papers = SeedData.Papers();
    }

    [Benchmark]
    public ExtractedPaper ExtractOneAbstract() => _extractor.Extract(_papers[1]);

    [Benchmark]
    public int ExtractSeedCorpus()
    {
        var entities = 0;
        foreach (var paper in _papers)
        {
            entities += _extractor.Extract(paper).Entities.Length;
        }
        return entities;
    }
}
