using PaperGraph.Cli.Commands;
using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Evaluation;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>eval</c>: precision, recall and F1 per split and kind, and with --verbose every miss and false positive.</summary>
internal sealed class EvalRenderer : ResultRenderer<EvalRenderer.Listing>
{
    /// <summary>The scores, and whether to list every error.</summary>
    public sealed record Listing(EvaluationReport Report, bool Verbose);

    public static EvalRenderer Instance { get; } = new();

    private static readonly string[] SplitOrder = ["tune", "test", "all"];

    private static IEnumerable<string> Splits(EvaluationReport report) =>
        SplitOrder.Where(report.Scores.ContainsKey).Concat(report.Scores.Keys.Where(key => !SplitOrder.Contains(key)).Order(StringComparer.Ordinal));

    public override void WriteText(TextWriter output, Listing listing)
    {
        var (report, verbose) = (listing.Report, listing.Verbose);
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

    public override object ToJson(Listing listing)
    {
        var (report, verbose) = (listing.Report, listing.Verbose);
        return new
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
    }
}
