using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Corpus;
using PaperGraph.Pipeline;
using PaperGraph.IO;
using PaperGraph.Lexicon;
using PaperGraph.Synthesis;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph synth --papers N --seed S -o big.jsonl</c>: a deterministic synthetic corpus for benchmarks.</summary>
internal static class SynthCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int>("--papers") { Description = "How many abstracts to write", Required = true }.AtLeast(1);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same bytes", DefaultValueFactory = _ => 1 };
        var from = new Option<string[]>("--from") { Description = "Corpus to learn sentences and names from", DefaultValueFactory = _ => ["seeds"], AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.Output("Where to write the JSON lines");
        output.Required = true;
        var command = new Command("synth", "Write a deterministic synthetic corpus in the plain JSONL input format (for benchmarks)") { papers, seed, from, output };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(papers);
            if (count < 1)
            {
                console.Report(DiagnosticCatalog.InvalidOptionValue, "--papers", "at least 1");
                return ExitCodes.Usage;
            }
            var reporter = new DiagnosticReporter(console.Error);
            // The recognizers and rules alone: synthetic text only borrows the seeds' sentences and names.
            var seeds = PaperPipeline.Create(new PipelineOptions { Inputs = [.. parse.GetValue(from)!], Model = null }, reporter.Bag).Extract().ToList();
            if (seeds.Count == 0)
            {
                console.Report(DiagnosticCatalog.NoPapersFound, InputPaths.Describe(parse.GetValue(from)!));
                return ExitCodes.InputErrors;
            }
            var corpus = SyntheticCorpus.FromSeeds(seeds);
            var path = parse.GetValue(output)!;
            try
            {
                AtomicFile.Write(path, stream => corpus.Write(stream, count, parse.GetValue(seed)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Report(DiagnosticCatalog.OutputNotWritable, path, exception.Message);
                return ExitCodes.OutputFailed;
            }
            console.Error.WriteLine($"{count} synthetic abstracts from {seeds.Count} seed papers written to {path}");
            return reporter.ExitCode;
        });
        return command;
    }
}
