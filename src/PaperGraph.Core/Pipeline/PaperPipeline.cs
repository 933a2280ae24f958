using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Lexicon;

namespace PaperGraph.Pipeline;

/// <summary>
/// The pipeline, wired once: corpus → documents → recognizers → decision → binding → graph. Every verb that reads
/// abstracts (build, extract, eval, the query verbs with --input) runs it, and so do the tests and library callers.
/// </summary>
/// <remarks>
/// Problems in the input go to <see cref="Diagnostics"/> in input order and never stop the run; a lexicon that cannot
/// be read stops it before any paper is read (<see cref="TryCreate"/> is false), since every paper would be extracted
/// against the wrong names.
/// </remarks>
public sealed class PaperPipeline
{
    private readonly PipelineOptions _options;
    private readonly EntityLexicon _lexicon;
    private Func<int?> _paperTotal = () => null;
    // Papers an incremental build replays from the old graph before it reads the corpus: counted in PaperTotal.
    private int _replayTotal;
    private readonly (ImmutableArray<CurationDecision> Decisions, ImmutableArray<Diagnostic> Diagnostics) _curation;
    private Extractor? _extractor;

    private PaperPipeline(PipelineOptions options, EntityLexicon lexicon, (ImmutableArray<CurationDecision>, ImmutableArray<Diagnostic>) curation, DiagnosticBag diagnostics)
    {
        _options = options;
        _lexicon = lexicon;
        _curation = curation;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// A pipeline with the built-in lexicons and the options' lexicon files; false, with the files' errors in
    /// <paramref name="diagnostics"/>, when one of them cannot be used. Their warnings are there either way.
    /// </summary>
    public static bool TryCreate(PipelineOptions options, DiagnosticBag diagnostics, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PaperPipeline? pipeline)
    {
        var errorsBefore = diagnostics.ErrorCount;
        // The built-in lexicon alone is built once per process: it is what Load gives for no files.
        var (lexicon, lexiconDiagnostics) = options.LexiconFiles.IsEmpty ? (LexiconLoader.BuiltIn, []) : LexiconLoader.Load(options.LexiconFiles);
        diagnostics.AddRange(lexiconDiagnostics);
        // A curation file that cannot be read stops the run too: a graph built without the user's decisions undoes them.
        (ImmutableArray<CurationDecision>, ImmutableArray<Diagnostic>) curation = ([], []);
        if (options.CurationFile is { } curationFile)
        {
            curation = CurationFile.Load(curationFile);
            diagnostics.AddRange(curation.Item2);
        }
        pipeline = diagnostics.ErrorCount == errorsBefore ? new PaperPipeline(options, lexicon, curation, diagnostics) : null;
        return pipeline is not null;
    }

    /// <summary>
    /// A pipeline over <paramref name="options"/>, its diagnostics in <paramref name="diagnostics"/> (a new bag by
    /// default); throws when a lexicon file has errors, for callers whose lexicon files are not user input.
    /// </summary>
    public static PaperPipeline Create(PipelineOptions options, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        return TryCreate(options, diagnostics, out var pipeline)
            ? pipeline
            : throw new ArgumentException($"the lexicon files have errors: {diagnostics.All.First(d => d.Severity == DiagnosticSeverity.Error)}", nameof(options));
    }

    /// <summary>The same corpus and lexicons extracted with another model (null: the recognizers and rules alone), into the same diagnostics.</summary>
    public PaperPipeline WithModel(Learning.ExtractionModel? model) => new(_options with { Model = model }, _lexicon, _curation, Diagnostics);

    /// <summary>Every problem found so far: the lexicons', the corpus's and each paper's.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>How many distinct papers the corpus holds, once its first pass has counted them (for a progress bar); null before.</summary>
    public int? PaperTotal => _paperTotal() is { } total ? total + _replayTotal : _replayTotal > 0 ? _replayTotal : null;

    /// <summary>Papers extracted by the last <see cref="Extract(Action?)"/> or <see cref="BuildGraph(Action?)"/>.</summary>
    public int PaperCount { get; private set; }

    /// <summary>
    /// Each paper of the corpus extracted, in input order (the same paper listed twice is one paper), as it is read.
    /// </summary>
    /// <param name="paperDone">Called after each paper, on the caller's thread.</param>
    public IEnumerable<ExtractedPaper> Extract(Action? paperDone = null) => Run(paperDone, diagnosticItem: null);

    /// <summary>
    /// The knowledge graph of the corpus; null, with the reason in <see cref="Diagnostics"/>, when no paper was found
    /// (PG1017): an empty graph saved over a good one is how a typo destroys work.
    /// </summary>
    /// <param name="paperDone">Called after each paper is added, on the caller's thread.</param>
    public KnowledgeGraph? BuildGraph(Action? paperDone = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var builder = NewBuilder();
        foreach (var paper in Run(paperDone, builder.AddDiagnostic))
        {
            builder.Add(paper);
        }
        if (builder.PaperCount == 0)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.NoPapersFound, Location.None, InputPaths.Describe(_options.Inputs)));
            return null;
        }
        return Finish(builder, clock);
    }

    /// <summary>
    /// The graph saved at <paramref name="graphFile"/> with the papers of <paramref name="remove"/> taken out and this
    /// pipeline's corpus added: the same graph as a full build over the old graph's inputs, less the removed papers,
    /// followed by this corpus. Null, with the reason in <see cref="Diagnostics"/>, when the old graph cannot be
    /// updated or no paper is left.
    /// </summary>
    /// <remarks>
    /// The old papers are not read or extracted again, and the old graph is not loaded: its file's replay log gives the
    /// new builder, in the same order, what their extraction and their corpus gave the old one (docs/graph-format.md).
    /// So they keep the extraction they had, with the lexicons and model of the build that first read them; what is
    /// rebuilt is everything across papers — merging, senses of shared names, derived edges, taxonomy, curation. A
    /// paper of the old graph that the corpus lists again is one paper, as in a full build: it keeps its place and
    /// extraction and gains the new listings' dates and sources. A removed paper that the corpus lists comes back with
    /// the corpus's text: that is how a paper is replaced.
    /// </remarks>
    /// <param name="graphFile">A graph file of version 6 or later (older ones have no replay log: PG4030).</param>
    /// <param name="remove">Ids of papers of the old graph to leave out; an id it lacks is a warning (PG1030).</param>
    /// <param name="paperDone">Called after each paper, replayed or extracted, on the caller's thread.</param>
    public KnowledgeGraph? UpdateGraph(string graphFile, IEnumerable<PaperRemoval> remove, Action? paperDone = null)
    {
        var location = new Location(graphFile, 0);
        var (replay, curationDecisions, problem) = GraphFileReader.TryOpenReplay(graphFile);
        if (replay is null)
        {
            Diagnostics.Add(problem!);
            return null;
        }
        using var _ = replay;
        var removals = remove.ToList();
        var removed = new HashSet<string>(removals.Select(removal => removal.Id), StringComparer.Ordinal);
        if (curationDecisions > 0 && _options.CurationFile is null)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.CurationNotReapplied, location, curationDecisions));
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var builder = NewBuilder();
        _replayTotal = replay.PaperCount;
        var replayedIds = new HashSet<string>(StringComparer.Ordinal);
        var removedFound = new HashSet<string>(StringComparer.Ordinal);
        // The new listings of every paper the corpus lists: those of old papers are merged into them as they are
        // replayed, and the corpus then skips those papers (the replay is over before the corpus is read).
        using var corpus = new CorpusReader(_options.Inputs, _options.InputFormat) { Skip = replayedIds.Contains };
        var listings = _options.Inputs.IsEmpty ? [] : corpus.ListingsOf(_ => true);
        try
        {
            replay.Verify();
            _options.Timings?.Invoke(new PipelineTiming("checked the replay log", clock.Elapsed, IsStep: true));
            using var stream = replay.OpenRead();
            foreach (var item in ReplayRecords.Read(stream, _lexicon))
            {
                _options.Cancellation.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ExtractedItem { Paper: var paper } when removed.Contains(paper.Paper.Id):
                        removedFound.Add(paper.Paper.Id);
                        break;
                    case ExtractedItem { Paper: var paper }:
                        // The paper's own diagnostics go into the graph again, but were reported when it was first read.
                        var listed = listings.TryGetValue(paper.Paper.Id, out var listing);
                        builder.Add(listed ? paper with { Paper = paper.Paper.WithListing(listing!) } : paper);
                        if (listed)
                        {
                            replayedIds.Add(paper.Paper.Id);
                        }
                        paperDone?.Invoke();
                        break;
                    case DiagnosticItem { Diagnostic: var diagnostic }:
                        builder.AddDiagnostic(diagnostic);
                        break;
                }
            }
        }
        catch (UnknownLexiconEntryException exception)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.ReplayLexiconMismatch, location, exception.Message));
            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or FormatException)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, exception is EndOfStreamException ? "the replay log ends early (truncated?)" : exception.Message));
            return null;
        }
        foreach (var removal in removals.Where(removal => !removedFound.Contains(removal.Id)))
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.PaperToRemoveNotInGraph, removal.Where, removal.Id));
        }
        _options.Timings?.Invoke(new PipelineTiming($"replayed {builder.PaperCount:N0} papers of {graphFile}", clock.Elapsed));
        if (!_options.Inputs.IsEmpty)
        {
            foreach (var paper in Run(paperDone, builder.AddDiagnostic, corpus))
            {
                builder.Add(paper);
            }
        }
        if (builder.PaperCount == 0)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.NoPapersFound, Location.None,
                _options.Inputs.IsEmpty ? $"{graphFile} once its papers are removed" : $"{graphFile} once its papers are removed, or in {InputPaths.Describe(_options.Inputs)}"));
            return null;
        }
        return Finish(builder, clock);
    }

    /// <summary>Binds the papers the builder holds across papers and freezes the graph, timing it for --verbose.</summary>
    private KnowledgeGraph Finish(GraphBuilder builder, System.Diagnostics.Stopwatch clock)
    {
        var timings = _options.Timings;
        timings?.Invoke(new PipelineTiming($"read, extracted and added {builder.PaperCount:N0} papers", clock.Elapsed));
        clock.Restart();
        var graph = builder.Build(timings is null ? null : (phase, took) => timings(new PipelineTiming(phase, took, IsStep: true)), _options.Cancellation);
        Diagnostics.AddRange(builder.CurationDiagnostics);
        timings?.Invoke(new PipelineTiming($"bound entities and built {graph.Edges.Length:N0} relationships", clock.Elapsed));
        return graph;
    }

    /// <summary>One paper held in memory, extracted with this pipeline's lexicons and model (pure: any thread, any order).</summary>
    public ExtractedPaper Extract(Paper paper) => Extractor.Extract(paper);

    /// <summary>
    /// Binds papers extracted already (by <see cref="Extract(Action?)"/>, or made or edited by a caller) into a graph
    /// with this pipeline's lexicons. The graph keeps the papers' own diagnostics; a corpus's are the caller's.
    /// </summary>
    public KnowledgeGraph BuildGraph(IEnumerable<ExtractedPaper> papers)
    {
        var builder = NewBuilder();
        foreach (var paper in papers)
        {
            _options.Cancellation.ThrowIfCancellationRequested();
            builder.Add(paper);
        }
        var graph = builder.Build(cancellationToken: _options.Cancellation);
        Diagnostics.AddRange(builder.CurationDiagnostics);
        return graph;
    }

    /// <summary>A builder with this pipeline's lexicons and curation decisions; the curation file's own warnings go into the graph with the build's.</summary>
    private GraphBuilder NewBuilder()
    {
        var builder = new GraphBuilder(_lexicon) { Curation = _curation.Decisions };
        foreach (var diagnostic in _curation.Diagnostics)
        {
            builder.AddSettingsDiagnostic(diagnostic);
        }
        return builder;
    }

    private Extractor Extractor => _extractor ??= new Extractor(_lexicon, model: _options.Model);

    /// <param name="paperDone">Called after each paper.</param>
    /// <param name="diagnosticItem">Told each corpus diagnostic, in order with the papers.</param>
    /// <param name="given">The corpus to read, owned by the caller; null reads the options' inputs.</param>
    private IEnumerable<ExtractedPaper> Run(Action? paperDone, Action<Diagnostic>? diagnosticItem, CorpusReader? given = null)
    {
        PaperCount = 0;
        var extractor = Extractor;
        using var owned = given is null ? new CorpusReader(_options.Inputs, _options.InputFormat) : null;
        var corpus = given ?? owned!;
        _paperTotal = () => corpus.DistinctPaperCount;
        foreach (var item in ExtractionRunner.Run(corpus, extractor, _options.Threads))
        {
            _options.Cancellation.ThrowIfCancellationRequested();
            switch (item)
            {
                case ExtractedItem extracted:
                    PaperCount++;
                    yield return extracted.Paper;
                    Diagnostics.AddRange(extracted.Paper.Diagnostics);
                    paperDone?.Invoke();
                    break;
                case DiagnosticItem diagnostic:
                    diagnosticItem?.Invoke(diagnostic.Diagnostic);
                    Diagnostics.Add(diagnostic.Diagnostic);
                    break;
            }
        }
    }
}
