using PaperGraph.Corpus;
using PaperGraph.Diagnostics;

namespace PaperGraph.Extraction;

/// <summary>One item of a run: an extracted paper or a diagnostic, in input order.</summary>
public abstract record ExtractionItem;

public sealed record ExtractedItem(ExtractedPaper Paper) : ExtractionItem;

public sealed record DiagnosticItem(Diagnostic Diagnostic) : ExtractionItem;

/// <summary>
/// Streams a corpus through the extractor on all cores, keeping input order so output is deterministic.
/// </summary>
public static class ExtractionRunner
{
    public static IEnumerable<ExtractionItem> Run(CorpusReader corpus, Extractor extractor, int degreeOfParallelism = 0)
    {
        var parallelism = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        var entries = corpus.ReadPapers();
        if (parallelism == 1)
        {
            return entries.Select(entry => Process(entry, extractor));
        }
        return entries
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(parallelism)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(entry => Process(entry, extractor));
    }

    private static ExtractionItem Process(CorpusEntry entry, Extractor extractor) => entry switch
    {
        PaperEntry paper => new ExtractedItem(extractor.Extract(paper.Paper)),
        DiagnosticEntry diagnostic => new DiagnosticItem(diagnostic.Diagnostic),
        _ => throw new InvalidOperationException($"Unknown corpus entry {entry.GetType().Name}"),
    };
}
