using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Diagnostics;
using PaperGraph.Corpus;
using PaperGraph.Evaluation;
using PaperGraph.Extraction;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph eval --gold FILE INPUTS…</c>: precision, recall and F1 per kind and split against the dev set.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs("The corpus the gold papers come from (matched by title)");
        // Checked in the action, so that "eval --graph FILE" (no corpus) hears why a graph will not do.
        inputs.Arity = ArgumentArity.ZeroOrMore;
        var gold = new Option<string>("--gold") { Description = "The annotated dev set (tests/data/dev-gold.json)", Required = true };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "List every miss and every false positive" };
        var format = CommonOptions.InputFormat();
        var lexicons = CommonOptions.Lexicon();
        var models = new ModelOptions();
        // eval scores extraction, so it needs the text: a graph has lost it. The option exists to say so.
        var graph = new Option<string?>("--graph", "-g") { Description = "Not used by eval: it scores the extractor on the corpus itself, so give the corpus as inputs", Hidden = true };
        var command = new Command("eval", "Score the extractor against hand-annotated papers") { inputs, gold, json, verbose, format, lexicons, graph };
        models.AddTo(command);
        command.SetAction(parse =>
        {
            var graphFiles = (parse.GetValue(graph) is { } given ? [given] : Array.Empty<string>())
                .Concat(parse.GetValue(inputs)!.Where(input => File.Exists(input) && GraphFile.IsGraphFile(input)))
                .ToList();
            if (graphFiles.Count > 0)
            {
                console.Report(DiagnosticCatalog.GraphGivenToEval, graphFiles[0]);
                return ExitCodes.Usage;
            }
            if (parse.GetValue(inputs) is not { Length: > 0 })
            {
                console.Report(DiagnosticCatalog.NoCorpusToEvaluate);
                return ExitCodes.Usage;
            }
            var reporter = new DiagnosticReporter(console.Error);
            var (goldPapers, problem) = GoldSetReader.Read(parse.GetValue(gold)!);
            if (problem is not null)
            {
                reporter.Report(problem);
                return ExitCodes.InputErrors;
            }
            var options = new PipelineOptions { Inputs = [.. parse.GetValue(inputs)!], InputFormat = parse.GetValue(format), LexiconFiles = [.. parse.GetValue(lexicons) ?? []] };
            if (!PaperPipeline.TryCreate(options, reporter.Bag, out var pipeline) || !models.TryResolve(parse, reporter, out var model))
            {
                return reporter.ExitCode;
            }
            var extracted = pipeline.WithModel(model).Extract().ToList();
            var report = Evaluator.Evaluate(goldPapers, extracted);
            EvalRenderer.Instance.Render(console, parse.GetValue(json), new EvalRenderer.Listing(report, parse.GetValue(verbose)));
            if (!report.UnmatchedGoldTitles.IsEmpty)
            {
                console.Report(DiagnosticCatalog.GoldPapersNotFound, report.UnmatchedGoldTitles.Length, report.UnmatchedGoldTitles[0]);
            }
            return reporter.ExitCode;
        });
        return command;
    }
}
