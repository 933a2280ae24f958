using System.CommandLine;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Corpus;
using PaperGraph.Evaluation;
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
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, report, parse.GetValue(verbose));
            }
            else
            {
                WriteText(console.Out, report, parse.GetValue(verbose));
            }
            if (!report.UnmatchedGoldTitles.IsEmpty)
            {
                console.Report(DiagnosticCatalog.GoldPapersNotFound, report.UnmatchedGoldTitles.Length, report.UnmatchedGoldTitles[0]);
            }
            return reporter.ExitCode;
        });
        return command;
    }

    private static readonly string[] SplitOrder = ["tune", "test", "all"];

    private static IEnumerable<string> Splits(EvaluationReport report) =>
        SplitOrder.Where(report.Scores.ContainsKey).Concat(report.Scores.Keys.Where(key => !SplitOrder.Contains(key)).Order(StringComparer.Ordinal));

    private static void WriteText(TextWriter output, EvaluationReport report, bool verbose)
    {
        output.WriteLine($"{report.PapersScored} papers scored");
        foreach (var split in Splits(report))
        {
            output.WriteLine();
            output.WriteLine($"split: {split}");
            output.WriteLine($"  {"kind",-16} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5} {"TP outside lexicon",19}");
            foreach (var category in EvaluationReport.Categories)
            {
                var score = report.Scores[split].GetValueOrDefault(category, Score.Zero);
                output.WriteLine($"  {category,-16} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5} {score.TruePositivesOutsideLexicon,19}");
            }
        }
        if (verbose)
        {
            output.WriteLine();
            foreach (var error in report.Errors.OrderBy(e => e.Split).ThenBy(e => e.PaperTitle, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Category))
            {
                output.WriteLine($"[{error.Split}] {error.Category,-14} {error.Kind,-15} {error.Name}  — {error.PaperTitle}");
            }
        }
    }

    private static void WriteJson(TextWriter output, EvaluationReport report, bool verbose)
    {
        var payload = new
        {
            papers_scored = report.PapersScored,
            splits = Splits(report).ToDictionary(split => split, split => EvaluationReport.Categories.ToDictionary(
                category => category,
                category =>
                {
                    var score = report.Scores[split].GetValueOrDefault(category, Score.Zero);
                    return new
                    {
                        precision = Math.Round(score.Precision, 4),
                        recall = Math.Round(score.Recall, 4),
                        f1 = Math.Round(score.F1, 4),
                        tp = score.TruePositives,
                        fp = score.FalsePositives,
                        fn = score.FalseNegatives,
                        tp_outside_lexicon = score.TruePositivesOutsideLexicon,
                    };
                })),
            errors = verbose ? report.Errors.Select(error => new { split = error.Split, paper = error.PaperTitle, category = error.Category, kind = error.Kind, name = error.Name }) : null,
            unmatched_gold_titles = report.UnmatchedGoldTitles,
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
