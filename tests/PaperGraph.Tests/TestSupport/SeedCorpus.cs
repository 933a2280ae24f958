using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon;

namespace PaperGraph.Tests.TestSupport;

/// <summary>The seeds read, extracted and built once per test run (they are immutable, so tests can share them).</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<ImmutableArray<ExtractedPaper>> LazyExtracted = new(() =>
        ExtractionRunner.Run(new CorpusReader([Repository.Seeds]), Papers.Extractor)
            .OfType<ExtractedItem>().Select(item => item.Paper).ToImmutableArray());

    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() =>
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        foreach (var paper in Extracted)
        {
            builder.Add(paper);
        }
        return builder.Build();
    });

    public static ImmutableArray<ExtractedPaper> Extracted => LazyExtracted.Value;
    public static KnowledgeGraph Graph => LazyGraph.Value;
}
