using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Corpus;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph build INPUTS… [-o graph.pgz] [--curation FILE]</c>: extract, bind across papers, apply the curation
/// file, save the graph, print a summary. With <c>--graph OLD</c> (and <c>--remove</c>), the graph is updated: OLD's
/// papers are replayed from its replay log, not read again, and the inputs are added.
/// </summary>
internal static class BuildCommand
{
    public const string DefaultOutput = GraphSource.DefaultGraph;

    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs("Input files, directories or globs (seed pages, arXiv JSONL, plain JSONL); with --graph, the papers to add");
        inputs.Arity = System.CommandLine.ArgumentArity.ZeroOrMore;
        var output = CommonOptions.Output($"Where to save the graph (default: {DefaultOutput}, or the --graph file, which is then updated in place)");
        var old = new Option<string?>("--graph", "-g")
        {
            Description = "Update this saved graph instead of building from nothing: its papers are kept without being read again, the inputs are added",
            HelpName = "FILE",
        };
        var remove = new Option<string[]>("--remove")
        {
            Description = "With --graph: ids of papers to take out of it (repeatable)",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = true,
        };
        var removeFile = new Option<string?>("--remove-file")
        {
            Description = "With --graph: a file of paper ids to take out, one per line ('#' starts a comment)",
            HelpName = "FILE",
        };
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
            inputs, output, format, lexicons, quiet, verbose, threads, curation, old, remove, removeFile,
        };
        command.Validators.Add(result =>
        {
            var updating = result.GetValue(old) is not null;
            if (!updating && (result.GetValue(inputs) ?? []).Length == 0)
            {
                result.AddError("build needs inputs to read, or --graph FILE to update a saved graph");
            }
            if (!updating && ((result.GetValue(remove) ?? []).Length > 0 || result.GetValue(removeFile) is not null))
            {
                result.AddError("--remove and --remove-file take papers out of a saved graph: name it with --graph FILE");
            }
        });
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
            var oldPath = parse.GetValue(old);
            KnowledgeGraph? graph;
            if (oldPath is null)
            {
                graph = GraphSource.Build(parse.GetValue(inputs)!, parse.GetValue(format), parse.GetValue(lexicons) ?? [], reporter, parse.GetValue(quiet), console.Error, parse.GetValue(threads),
                    parse.GetValue(verbose) ? console.Error : null, model, parse.GetValue(curation), console.Cancellation);
            }
            else
            {
                if (!TryReadRemovals(parse.GetValue(remove) ?? [], parse.GetValue(removeFile), reporter, out var removals))
                {
                    reporter.PrintSummary();
                    return ExitCodes.InputErrors;
                }
                graph = GraphSource.Update(oldPath, removals, parse.GetValue(inputs) ?? [], parse.GetValue(format), parse.GetValue(lexicons) ?? [], reporter, parse.GetValue(quiet), console.Error,
                    parse.GetValue(threads), parse.GetValue(verbose) ? console.Error : null, model, parse.GetValue(curation), console.Cancellation);
            }
            if (graph is null)
            {
                reporter.PrintSummary();
                return reporter.ExitCode == 0 ? ExitCodes.InputErrors : reporter.ExitCode;
            }
            var path = parse.GetValue(output) ?? oldPath ?? DefaultOutput;
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                GraphFile.Save(graph, path, console.Cancellation);
                if (parse.GetValue(verbose))
                {
                    console.Error.WriteLine($"timing: saved {new FileInfo(path).Length / 1e6:N1} MB (replay log {(graph.Replay?.Length ?? 0) / 1e6:N1} MB) in {clock.Elapsed.TotalSeconds:F1} s");
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

    /// <summary>
    /// The ids of --remove and of each line of --remove-file (blank lines and '#' comments skipped), each with where it
    /// was given; false, with PG1009, when the file cannot be read.
    /// </summary>
    private static bool TryReadRemovals(string[] ids, string? file, DiagnosticReporter reporter, out List<Pipeline.PaperRemoval> removals)
    {
        removals = [.. ids.Select(id => new Pipeline.PaperRemoval(id, new Location("--remove", 0)))];
        if (file is null)
        {
            return true;
        }
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Report(Diagnostic.Create(DiagnosticCatalog.UnreadableFile, new Location(file, 0), exception.Message));
            return false;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var hash = lines[i].IndexOf('#');
            var id = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (id.Length > 0)
            {
                removals.Add(new Pipeline.PaperRemoval(id, new Location(file, i + 1)));
            }
        }
        return true;
    }
}
