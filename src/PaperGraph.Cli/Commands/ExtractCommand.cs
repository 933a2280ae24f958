using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.IO;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph extract INPUTS… [-o out.jsonl]</c>: one JSON object per paper per line.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output("Write the JSON lines here (default: stdout); written whole or not at all");
        var format = CommonOptions.InputFormat();
        var lexicons = CommonOptions.Lexicon();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var threads = CommonOptions.Threads();
        var command = new Command("extract", "Extract methods, datasets, tasks and techniques from abstracts as JSON lines")
        {
            inputs, output, format, lexicons, quiet, verbose, threads,
        };
        var models = new ModelOptions();
        models.AddTo(command);
        command.SetAction(parse =>
        {
            if (!models.TryResolve(parse, new DiagnosticReporter(console.Error), out var model))
            {
                return ExitCodes.InputErrors;
            }
            return Run(console, parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(format),
                parse.GetValue(lexicons) ?? [], parse.GetValue(quiet), parse.GetValue(verbose), parse.GetValue(threads), model);
        });
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, string? output, InputFormat format, string[] lexiconFiles, bool quiet, bool verbose, int threads, Learning.ExtractionModel? model)
    {
        var reporter = new DiagnosticReporter(console.Error, verbose);
        var options = new PipelineOptions
        {
            Inputs = [.. inputs], InputFormat = format, LexiconFiles = [.. lexiconFiles], Model = model, Threads = threads, Cancellation = console.Cancellation,
        };
        if (!PaperPipeline.TryCreate(options, reporter.Bag, out var pipeline))
        {
            reporter.PrintSummary();
            return reporter.ExitCode;
        }
        var progress = new Progress(console.Error, quiet);

        // True when at least one paper was written; a run that found none reports it and writes nothing.
        bool WriteAll(Stream stream)
        {
            progress.Run("extracting", () => pipeline.PaperTotal, tick =>
            {
                foreach (var paper in pipeline.Extract(tick))
                {
                    ExtractionJsonWriter.WriteLine(stream, paper);
                }
                return 0;
            });
            if (pipeline.PaperCount > 0)
            {
                return true;
            }
            reporter.Report(Diagnostic.Create(DiagnosticCatalog.NoPapersFound, Location.None, InputPaths.Describe(inputs)));
            return false;
        }

        if ((output is null || output == AtomicFile.StandardOutput) && !console.IsStandardOutput)
        {
            // In-process callers (tests) read what a command printed from its writer.
            using var memory = new MemoryStream();
            WriteAll(memory);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
        }
        else
        {
            try
            {
                AtomicFile.TryWrite(output ?? AtomicFile.StandardOutput, WriteAll, cancellationToken: console.Cancellation);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Report(DiagnosticCatalog.OutputNotWritable, output, exception.Message);
                return ExitCodes.OutputFailed;
            }
        }
        if (!quiet && progress.Count > 0)
        {
            console.Error.WriteLine($"{progress.Count} papers extracted{(output is null ? "" : $" to {output}")}");
        }
        reporter.PrintSummary();
        return reporter.ExitCode;
    }
}
