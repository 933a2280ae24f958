using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Gets the graph a query needs: loaded with --graph, built on the fly from --input, or ./papergraph.pgz.</summary>
internal static class GraphSource
{
    /// <summary>The graph the query verbs open when neither --graph nor --input is given: what 'build' saves by default.</summary>
    public const string DefaultGraph = "papergraph.pgz";

    /// <summary>
    /// The census <c>stats</c> counts: read from the saved graph without loading it, or taken from the graph built
    /// from --input; null when there is none (said on stderr, as <see cref="Open"/> says it).
    /// </summary>
    public static GraphCensus? OpenCensus(string? graphPath, string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, TextWriter error, CancellationToken cancellationToken = default)
    {
        var file = graphPath ?? (inputs.Length == 0 && File.Exists(DefaultGraph) ? DefaultGraph : null);
        if (file is null || inputs.Length > 0)
        {
            return Open(graphPath, inputs, format, lexicons, reporter, error, cancellationToken) is { } graph ? GraphCensus.Of(graph) : null;
        }
        var (census, problem) = GraphFile.TryReadCensus(file);
        if (problem is not null)
        {
            reporter.Report(problem);
        }
        return census;
    }

    public static KnowledgeGraph? Open(string? graphPath, string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (graphPath is not null && inputs.Length > 0)
        {
            // A usage error (exit code 2), so said without counting it among the input's errors.
            error.WriteLine(TerminalText.Escape(Diagnostic.Create(DiagnosticCatalog.GraphAndInputs, Location.None).ToString(), keepLineBreaks: false));
            return null;
        }
        if (graphPath is not null)
        {
            var (graph, problem) = GraphFile.TryLoad(graphPath);
            if (problem is not null)
            {
                reporter.Report(problem);
            }
            return graph;
        }
        if (inputs.Length == 0)
        {
            if (File.Exists(DefaultGraph))
            {
                // What 'papergraph build' saved here last: the graph a researcher means when they name none.
                return Open(DefaultGraph, inputs, format, lexicons, reporter, error, cancellationToken);
            }
            error.WriteLine(TerminalText.Escape(Diagnostic.Create(DiagnosticCatalog.NoGraph, Location.None, DefaultGraph).ToString(), keepLineBreaks: false));
            return null;
        }
        return Build(inputs, format, lexicons, reporter, quiet: true, error, model: Learning.ExtractionModel.BuiltIn, cancellationToken: cancellationToken);
    }

    public static KnowledgeGraph? Build(string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, bool quiet, TextWriter error, int threads = 0, TextWriter? timings = null, Learning.ExtractionModel? model = null, string? curation = null, CancellationToken cancellationToken = default)
    {
        var options = Options(inputs, format, lexicons, threads, timings, model, curation, cancellationToken);
        if (!PaperPipeline.TryCreate(options, reporter.Bag, out var pipeline))
        {
            return null;
        }
        return new Progress(error, quiet).Run("building", () => pipeline.PaperTotal, tick => pipeline.BuildGraph(tick));
    }

    /// <summary>The saved graph at <paramref name="oldPath"/> updated: <paramref name="removals"/> taken out, <paramref name="inputs"/> added (<see cref="PaperPipeline.UpdateGraph"/>).</summary>
    public static KnowledgeGraph? Update(string oldPath, IReadOnlyList<PaperRemoval> removals, string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, bool quiet, TextWriter error,
        int threads, TextWriter? timings, Learning.ExtractionModel? model, string? curation, CancellationToken cancellationToken)
    {
        var options = Options(inputs, format, lexicons, threads, timings, model, curation, cancellationToken);
        if (!PaperPipeline.TryCreate(options, reporter.Bag, out var pipeline))
        {
            return null;
        }
        return new Progress(error, quiet).Run("updating", () => pipeline.PaperTotal, tick => pipeline.UpdateGraph(oldPath, removals, tick));
    }

    private static PipelineOptions Options(string[] inputs, InputFormat format, string[] lexicons, int threads, TextWriter? timings, Learning.ExtractionModel? model, string? curation, CancellationToken cancellationToken) => new()
    {
        Inputs = [.. inputs], InputFormat = format, LexiconFiles = [.. lexicons], Model = model, Threads = threads, Cancellation = cancellationToken, CurationFile = curation,
        Timings = timings is null ? null : timing => timings.WriteLine(timing.IsStep
            ? $"timing:   {timing.Phase}: {timing.Took.TotalSeconds:F1} s{MemoryNow()}"
            : $"timing: {timing.Phase} in {timing.Took.TotalSeconds:F1} s{MemoryNow()}"),
    };

    /// <summary>
    /// The managed heap (live objects and garbage not yet collected) and the process's working set at the end of a phase:
    /// which phase a build's peak memory comes from, without a heap dump.
    /// </summary>
    private static string MemoryNow()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return $" (heap {GC.GetTotalMemory(forceFullCollection: false) / 1e6:N0} MB, working set {process.WorkingSet64 / 1e6:N0} MB)";
    }
}
