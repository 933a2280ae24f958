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
/// <remarks>
/// A reader thread fills a small bounded queue with chunks of entries while the caller's thread extracts each chunk
/// in parallel and yields it in order: memory stays bounded (a few chunks in flight) and reading overlaps extraction.
/// </remarks>
public static class ExtractionRunner
{
    private const int ChunkSize = 256;
    private const int ChunksInFlight = 4;

    public static IEnumerable<ExtractionItem> Run(CorpusReader corpus, Extractor extractor, int degreeOfParallelism = 0)
    {
        var parallelism = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        if (parallelism == 1)
        {
            foreach (var entry in corpus.ReadPapers())
            {
                yield return Process(entry, extractor);
            }
            yield break;
        }

        using var chunks = new System.Collections.Concurrent.BlockingCollection<CorpusEntry[]>(ChunksInFlight);
        using var stop = new CancellationTokenSource();
        Exception? readerFailure = null;
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var chunk in corpus.ReadPapers().Chunk(ChunkSize))
                {
                    chunks.Add(chunk, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early (an error downstream or a caller that took only some papers).
            }
            catch (Exception exception)
            {
                readerFailure = exception;
            }
            finally
            {
                chunks.CompleteAdding();
            }
        }, TaskCreationOptions.LongRunning);

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable())
            {
                var results = new ExtractionItem[chunk.Length];
                Parallel.For(0, chunk.Length, options, index => results[index] = Process(chunk[index], extractor));
                foreach (var result in results)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait();
        }
        if (readerFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readerFailure).Throw();
        }
    }

    private static ExtractionItem Process(CorpusEntry entry, Extractor extractor) => entry switch
    {
        PaperEntry paper => new ExtractedItem(extractor.Extract(paper.Paper)),
        DiagnosticEntry diagnostic => new DiagnosticItem(diagnostic.Diagnostic),
        _ => throw new InvalidOperationException($"Unknown corpus entry {entry.GetType().Name}"),
    };
}
