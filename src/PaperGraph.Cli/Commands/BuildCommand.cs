using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Corpus;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph build INPUTS… [-o graph.pgz] [--curation FILE]</c>: extract, bind across papers, apply the curation file, save the graph, print a summary.</summary>
internal static class BuildCommand
{
    public const string DefaultOutput = GraphSource.DefaultGraph;

    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output($"Where to save the graph (default: {DefaultOutput})");
        var format = CommonOptions.InputFormat();
        var lexicons = CommonOptions.Lexicon();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var threads = CommonOptions.Threads();
        var curation = new Option<string?>("--curation")
        {
            Description = "A curation file (docs/curation.md) of decisions about entities to apply: merge, keep-apart, rename, kind, drop, parent",
            HelpName = "FILE",
        };
        var command = new Command("build", "Build the knowledge graph from abstracts and save it")
        {
            inputs, output, format, lexicons, quiet, verbose, threads, curation,
        };
        var models = new ModelOptions();
        models.AddTo(command);
        command.SetAction(parse =>
        {
            var reporter = new DiagnosticReporter(console.Error, parse.GetValue(verbose));
            if (!models.TryResolve(parse, reporter, out var model))
            {
                reporter.PrintSummary();
                return reporter.ExitCode;
            }
            var graph = GraphSource.Build(parse.GetValue(inputs)!, parse.GetValue(format), parse.GetValue(lexicons) ?? [], reporter, parse.GetValue(quiet), console.Error, parse.GetValue(threads),
                parse.GetValue(verbose) ? console.Error : null, model, parse.GetValue(curation), console.Cancellation);
            if (graph is null)
            {
                reporter.PrintSummary();
                return reporter.ExitCode == 0 ? ExitCodes.InputErrors : reporter.ExitCode;
            }
            var path = parse.GetValue(output) ?? DefaultOutput;
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                GraphFile.Save(graph, path, console.Cancellation);
                if (parse.GetValue(verbose))
                {
                    console.Error.WriteLine($"timing: saved {new FileInfo(path).Length / 1e6:N1} MB in {clock.Elapsed.TotalSeconds:F1} s");
                    using var process = System.Diagnostics.Process.GetCurrentProcess();
                    console.Error.WriteLine($"memory: managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1e6:N0} MB, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, {GC.CollectionCount(2)} full collections");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Report(DiagnosticCatalog.OutputNotWritable, path, exception.Message);
                return ExitCodes.OutputFailed;
            }
            StatsPrinter.PrintSummaryLine(console.Out, graph);
            console.Out.WriteLine($"saved to {path}");
            reporter.PrintSummary();
            return reporter.ExitCode;
        });
        return command;
    }
}
