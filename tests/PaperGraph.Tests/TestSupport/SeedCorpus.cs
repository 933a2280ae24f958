using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.TestSupport;

/// <summary>The seeds read, extracted and built once per test run (they are immutable, so tests can share them).</summary>
internal static class SeedCorpus
{
    /// <summary>The seeds through the pipeline without the model: the recognizers and rules, whose output tests pin down.</summary>
    public static PaperPipeline Pipeline { get; } = PaperPipeline.Create(new PipelineOptions { Inputs = [Repository.Seeds], Model = null });

    private static readonly Lazy<ImmutableArray<ExtractedPaper>> LazyExtracted = new(() => [.. Pipeline.Extract()]);

    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() => Pipeline.BuildGraph(Extracted));

    public static ImmutableArray<ExtractedPaper> Extracted => LazyExtracted.Value;
    public static KnowledgeGraph Graph => LazyGraph.Value;
}
