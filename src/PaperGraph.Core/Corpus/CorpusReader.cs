using System.Collections.Immutable;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>
/// Reads every input of a run as one stream of papers, merging listings of the same paper.
/// </summary>
/// <remarks>
/// Merging is done in two passes so the stream stays lazy: the first pass keeps only ids, dates and sources (small),
/// the second yields each paper once, at its first listing, carrying the dates and sources of all its listings.
/// Memory therefore grows with the number of distinct papers' metadata, never with abstracts. Each input is opened
/// once and held until the reader is disposed (<see cref="InputSnapshot"/>), so every pass reads the same bytes: a
/// pipe or standard input (<c>-</c>) is read once, and a file that grows meanwhile is read as it was.
/// </remarks>
internal sealed class CorpusReader : IDisposable
{
    private readonly ImmutableArray<string> _files;
    private readonly ImmutableArray<Diagnostic> _pathDiagnostics;
    private readonly InputFormat _format;
    private readonly Dictionary<string, (InputSnapshot? Input, Diagnostic? Problem)> _opened = new(StringComparer.Ordinal);

    public CorpusReader(IEnumerable<string> inputs, InputFormat format = InputFormat.Auto)
    {
        (_files, _pathDiagnostics) = InputPaths.Expand(inputs);
        _format = format;
    }

    public ImmutableArray<string> Files => _files;

    /// <summary>
    /// Papers <see cref="ReadPapers"/> leaves out, by id: an incremental build's papers that the old graph has already
    /// (their new listings are merged into the old papers instead, see <see cref="ListingsOf"/>). Null skips none.
    /// </summary>
    public Func<string, bool>? Skip { get; init; }

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
            var (input, problem) = Open(file);
            if (problem is not null)
            {
                yield return new DiagnosticEntry(problem);
                continue;
            }
            foreach (var entry in CorpusFile.Read(input!, _format))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Closes the inputs (and drops the copies of pipes).</summary>
    public void Dispose()
    {
        lock (_opened)
        {
            foreach (var (input, _) in _opened.Values)
            {
                input?.Dispose();
            }
            _opened.Clear();
        }
    }

    private (InputSnapshot? Input, Diagnostic? Problem) Open(string file)
    {
        lock (_opened)
        {
            if (!_opened.TryGetValue(file, out var opened))
            {
                try
                {
                    opened = (InputSnapshot.Open(file), null);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    opened = (null, Diagnostic.Create(DiagnosticCatalog.UnreadableFile, new Location(file, 0), exception.Message));
                }
                _opened[file] = opened;
            }
            return opened;
        }
    }

    /// <summary>Each distinct paper once, in order of first listing, with all its listings merged.</summary>
    /// <remarks>
    /// The first pass keeps, per paper id, only the ordinal of its first listing. Dates and sources are merged only for
    /// papers listed more than once (seed pages repeat papers; a JSONL corpus rarely does), in an extra pass that runs
    /// only when there are such papers, so a million papers cost a map of ids, not a million metadata records.
    /// </remarks>
    public IEnumerable<CorpusEntry> ReadPapers()
    {
        var firstListing = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeatedIds = new HashSet<string>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var paper in ListedPapers())
        {
            if (!firstListing.TryAdd(paper.Id, ordinal))
            {
                repeatedIds.Add(paper.Id);
            }
            ordinal++;
        }
        var repeated = repeatedIds.Count > 0 ? ListingsOf(repeatedIds.Contains) : [];

        _distinctPaperCount = Skip is null ? firstListing.Count : firstListing.Keys.Count(id => !Skip(id));
        ordinal = 0;
        foreach (var entry in ReadListings())
        {
            if (entry is not PaperEntry { Paper: var paper })
            {
                yield return entry;
                continue;
            }
            // Every pass reads the same bytes, so each paper is known; should a file change in place all the same, a
            // paper the first pass did not see is yielded rather than lost.
            var isFirst = !firstListing.TryGetValue(paper.Id, out var first) || first == ordinal;
            ordinal++;
            if (!isFirst || (Skip?.Invoke(paper.Id) ?? false))
            {
                continue;
            }
            yield return repeated.TryGetValue(paper.Id, out var merged)
                ? new PaperEntry(paper with { Dates = merged.Dates, Sources = merged.Sources })
                : entry;
        }
    }

    /// <summary>
    /// The listings of the papers <paramref name="wanted"/> picks, merged per paper in input order: the dates and sources
    /// (title and abstract empty) a paper of an old graph gains when the new inputs list it again.
    /// </summary>
    public Dictionary<string, Paper> ListingsOf(Func<string, bool> wanted)
    {
        var listings = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var paper in ListedPapers())
        {
            if (wanted(paper.Id))
            {
                var metadata = paper with { Title = "", Abstract = "" };
                listings[paper.Id] = listings.TryGetValue(paper.Id, out var merged) ? merged.WithListing(metadata) : metadata;
            }
        }
        return listings;
    }

    private IEnumerable<Paper> ListedPapers() => ReadListings().OfType<PaperEntry>().Select(entry => entry.Paper);
}
