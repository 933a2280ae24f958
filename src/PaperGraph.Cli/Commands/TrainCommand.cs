using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Evaluation;
using PaperGraph.IO;
using PaperGraph.Learning;
using PaperGraph.Lexicon;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph train --gold FILE… INPUTS… -o model.pgm</c>: learns the tagger and the decision stage from annotated
/// papers (ANNOTATION.md schema), matched to the corpus by title.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs("The corpus the annotated papers come from (matched by title)");
        var gold = new Option<string[]>("--gold")
        {
            Description = "Annotation files (JSON arrays in the ANNOTATION.md schema); repeatable",
            Required = true,
        };
        var output = CommonOptions.Output("Write the model here (default: model.pgm); written whole or not at all");
        var split = new Option<string[]>("--split")
        {
            Description = "Train only on papers of these splits (default: every paper not in a 'dev' or 'test' split)",
        };
        var format = CommonOptions.InputFormat();
        var lexicons = CommonOptions.Lexicon();
        var quiet = CommonOptions.Quiet();
        var command = new Command("train", "Learn the tagger and decision stage from annotated papers")
        {
            inputs, gold, output, split, format, lexicons, quiet,
        };
        command.SetAction(parse =>
        {
            var reporter = new DiagnosticReporter(console.Error);
            var goldPapers = new List<GoldPaper>();
            foreach (var file in parse.GetValue(gold)!)
            {
                var (papers, problem) = GoldSetReader.Read(file);
                if (problem is not null)
                {
                    reporter.Report(problem);
                }
                goldPapers.AddRange(papers);
            }
            var (lexicon, lexiconDiagnostics) = LexiconLoader.Load(parse.GetValue(lexicons) ?? []);
            reporter.ReportAll(lexiconDiagnostics);
            if (reporter.ErrorCount > 0)
            {
                return reporter.ExitCode;
            }
            var splits = parse.GetValue(split) is { Length: > 0 } chosen ? chosen.ToHashSet(StringComparer.Ordinal) : null;
            var selected = goldPapers.Where(paper => splits is null ? paper.Split is not ("dev" or "test") : splits.Contains(paper.Split)).ToList();
            var pairs = TrainingSet.Match(selected, new CorpusReader(parse.GetValue(inputs)!, parse.GetValue(format)), reporter.Report);
            if (pairs.Count == 0)
            {
                reporter.Report(Diagnostic.Create(DiagnosticCatalog.NoTrainingPapers, new Location("", 0), selected.Count));
                return ExitCodes.InputErrors;
            }
            var quietly = parse.GetValue(quiet);
            var model = ModelTrainer.Train(pairs, lexicon, progress: message =>
            {
                if (!quietly)
                {
                    console.Error.WriteLine($"train: {message}");
                }
            });
            var path = parse.GetValue(output) ?? "model.pgm";
            var bytes = ModelFile.Write(model);
            try
            {
                AtomicFile.Write(path, stream => stream.Write(bytes));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                reporter.Report(Diagnostic.Create(DiagnosticCatalog.OutputNotWritable, new Location(path, 0), path, exception.Message));
                return ExitCodes.OutputFailed;
            }
            var (taggerFeatures, decisionFeatures) = model.FeatureCounts;
            console.Error.WriteLine($"trained on {pairs.Count} of {selected.Count} annotated papers ({goldPapers.Count - selected.Count} in held-out splits left out); "
                + $"{taggerFeatures:N0} tagger and {decisionFeatures:N0} decision features; wrote {path} ({bytes.Length / 1024.0 / 1024.0:0.0} MB)");
            return reporter.ExitCode;
        });
        return command;
    }
}
