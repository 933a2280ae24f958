using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
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
    public int? PaperTotal => _paperTotal();

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
            builder.AddDiagnostic(diagnostic);
        }
        return builder;
    }

    private Extractor Extractor => _extractor ??= new Extractor(_lexicon, model: _options.Model);

    private IEnumerable<ExtractedPaper> Run(Action? paperDone, Action<Diagnostic>? diagnosticItem)
    {
        PaperCount = 0;
        var extractor = Extractor;
        using var corpus = new CorpusReader(_options.Inputs, _options.InputFormat);
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
