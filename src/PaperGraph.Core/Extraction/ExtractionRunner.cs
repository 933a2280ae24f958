using PaperGraph.Corpus;
using PaperGraph.Diagnostics;

namespace PaperGraph.Extraction;

/// <summary>One item of a run: an extracted paper or a diagnostic, in input order.</summary>
internal abstract record ExtractionItem;

internal sealed record ExtractedItem(ExtractedPaper Paper) : ExtractionItem;

internal sealed record DiagnosticItem(Diagnostic Diagnostic) : ExtractionItem;

/// <summary>
/// Streams a corpus through the extractor on all cores, keeping input order so output is deterministic.
/// </summary>
/// <remarks>
/// A reader thread fills a small bounded queue with chunks of entries; each chunk is extracted whole by one task, a few
/// chunks at a time, while the caller's thread takes the oldest finished chunk and yields it in order. Memory stays
/// bounded (a few chunks in flight), reading overlaps extraction, and so does whatever the caller does with the
/// results (writing them), which a fork-join per chunk would leave to one thread while the others idle.
/// </remarks>
internal static class ExtractionRunner
{
    private const int ChunkSize = 64;
    private const int ChunksRead = 4;

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

        using var chunks = new System.Collections.Concurrent.BlockingCollection<CorpusEntry[]>(ChunksRead);
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

        // Chunks being extracted, oldest first. When the caller stops early the rest finish unobserved: they are pure.
        var inFlight = new Queue<Task<ExtractionItem[]>>();
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable())
            {
                inFlight.Enqueue(Task.Run(() => Array.ConvertAll(chunk, entry => Process(entry, extractor))));
                if (inFlight.Count > parallelism)
                {
                    foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
                    {
                        yield return result;
                    }
                }
            }
            while (inFlight.Count > 0)
            {
                foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
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
