using System.Collections.Immutable;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>
/// Reads every input of a run as one stream of papers, merging listings of the same paper.
/// </summary>
/// <remarks>
/// Merging is done in two passes so the stream stays lazy: the first pass keeps only ids, dates and sources (small),
/// the second yields each paper once, at its first listing, carrying the dates and sources of all its listings.
/// Memory therefore grows with the number of distinct papers' metadata, never with abstracts.
/// </remarks>
public sealed class CorpusReader
{
    private readonly ImmutableArray<string> _files;
    private readonly ImmutableArray<Diagnostic> _pathDiagnostics;
    private readonly InputFormat _format;

    public CorpusReader(IEnumerable<string> inputs, InputFormat format = InputFormat.Auto)
    {
        (_files, _pathDiagnostics) = InputPaths.Expand(inputs);
        _format = format;
    }

    public ImmutableArray<string> Files => _files;

    /// <summary>How many distinct papers <see cref="ReadPapers"/> will yield, known once its first pass is done (for progress and ETA).</summary>
    public int? DistinctPaperCount => _distinctPaperCount >= 0 ? _distinctPaperCount : null;

    private volatile int _distinctPaperCount = -1;

    /// <summary>Every listing as read, duplicates included, with the diagnostics in input order.</summary>
    public IEnumerable<CorpusEntry> ReadListings()
    {
        foreach (var diagnostic in _pathDiagnostics)
        {
            yield return new DiagnosticEntry(diagnostic);
        }
        foreach (var file in _files)
        {
            foreach (var entry in CorpusFile.Read(file, _format))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Each distinct paper once, in order of first listing, with all its listings merged.</summary>
    public IEnumerable<CorpusEntry> ReadPapers()
    {
        var listings = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var entry in ReadListings())
        {
            if (entry is PaperEntry { Paper: var paper })
            {
                var metadataOnly = paper with { Title = "", Abstract = "" };
                listings[paper.Id] = listings.TryGetValue(paper.Id, out var known) ? known.WithListing(metadataOnly) : metadataOnly;
            }
        }

        _distinctPaperCount = listings.Count;
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ReadListings())
        {
            if (entry is not PaperEntry { Paper: var paper })
            {
                yield return entry;
                continue;
            }
            if (!emitted.Add(paper.Id))
            {
                continue;
            }
            var merged = listings[paper.Id];
            yield return new PaperEntry(paper with { Dates = merged.Dates, Sources = merged.Sources });
        }
    }
}
