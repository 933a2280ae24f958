using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Lexicon;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Gets the graph a query needs: loaded with --graph, built on the fly from --input, or ./papergraph.pgz.</summary>
internal static class GraphSource
{
    /// <summary>The graph the query verbs open when neither --graph nor --input is given: what 'build' saves by default.</summary>
    public const string DefaultGraph = "papergraph.pgz";

    public static KnowledgeGraph? Open(string? graphPath, string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (graphPath is not null && inputs.Length > 0)
        {
            error.WriteLine("error: give either --graph FILE or --input PATH, not both");
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
            error.WriteLine($"error: this command needs a graph: --graph FILE (from 'papergraph build'), --input PATH, or a {DefaultGraph} in this folder");
            return null;
        }
        return Build(inputs, format, lexicons, reporter, quiet: true, error, model: Learning.ExtractionModel.BuiltIn, cancellationToken: cancellationToken);
    }

    public static KnowledgeGraph? Build(string[] inputs, InputFormat format, string[] lexicons, DiagnosticReporter reporter, bool quiet, TextWriter error, int threads = 0, TextWriter? timings = null, Learning.ExtractionModel? model = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (lexicon, lexiconDiagnostics) = LexiconLoader.Load(lexicons);
        reporter.ReportAll(lexiconDiagnostics);
        if (reporter.ErrorCount > 0)
        {
            return null;
        }
        var builder = new GraphBuilder(lexicon);
        var extractor = new Extractor(lexicon, model: model);
        var progress = new Progress(error, quiet);
        using var corpus = new CorpusReader(inputs, format);
        return progress.Run<KnowledgeGraph?>("building", () => corpus.DistinctPaperCount, tick =>
        {
            foreach (var item in ExtractionRunner.Run(corpus, extractor, threads))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ExtractedItem extracted:
                        builder.Add(extracted.Paper);
                        reporter.ReportAll(extracted.Paper.Diagnostics);
                        tick();
                        break;
                    case DiagnosticItem diagnostic:
                        builder.AddDiagnostic(diagnostic.Diagnostic);
                        reporter.Report(diagnostic.Diagnostic);
                        break;
                }
            }
            if (builder.PaperCount == 0)
            {
                // An empty graph saved over a good one is how a typo destroys work: build nothing instead.
                reporter.Report(Diagnostic.Create(DiagnosticCatalog.NoPapersFound, Location.None, InputPaths.Describe(inputs)));
                return null;
            }
            timings?.WriteLine($"timing: read, extracted and added {builder.PaperCount:N0} papers in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var graph = builder.Build(timings is null ? null : (phase, took) => timings.WriteLine($"timing:   {phase}: {took.TotalSeconds:F1} s"), cancellationToken);
            timings?.WriteLine($"timing: bound entities and built {graph.Edges.Length:N0} relationships in {clock.Elapsed.TotalSeconds:F1} s");
            return graph;
        });
    }
}
