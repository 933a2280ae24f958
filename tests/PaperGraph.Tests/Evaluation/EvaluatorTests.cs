using System.Collections.Immutable;
using PaperGraph.Evaluation;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void Matches_by_any_surface_form_and_counts_misses_and_false_positives()
    {
        var extracted = Papers.Extract("ZorbNet: A Net", "We propose ZorbNet with Low-Rank Adaptation (LoRA) and dropout.");
        var gold = new GoldPaper("ZorbNet: A Net", "test",
        [
            new GoldEntity(EntityKind.Method, "ZorbNet", [], null, MethodRole.Proposed),
            new GoldEntity(EntityKind.Technique, "LoRA", [], "Low-Rank Adaptation", null),
            new GoldEntity(EntityKind.Technique, "mixup", [], null, null),
        ]);
        var report = Evaluator.Evaluate([gold], [extracted]);
        var technique = report.Scores["test"]["technique"];
        Assert.Equal(1, technique.TruePositives);
        Assert.Equal(1, technique.FalsePositives);
        Assert.Equal(1, technique.FalseNegatives);
        Assert.Equal(0.5, technique.F1, 6);
        Assert.Equal(1, report.Scores["all"]["proposed method"].TruePositives);
        Assert.Contains(report.Errors, error => error.Category == "miss" && error.Name == "mixup");
    }

    [Fact]
    public void A_kind_the_paper_was_not_annotated_for_is_not_scored()
    {
        var extracted = Papers.Extract("ZorbNet: A Net", "We propose ZorbNet with Low-Rank Adaptation (LoRA) on the Quibble dataset.");
        var gold = new GoldPaper("ZorbNet: A Net", "test", [new GoldEntity(EntityKind.Dataset, "Quibble", [], null, null)])
        {
            AnnotatedKinds = [EntityKind.Dataset],
        };
        var report = Evaluator.Evaluate([gold], [extracted]);
        Assert.Equal(1, report.Scores["test"]["dataset"].TruePositives);
        Assert.False(report.Scores["test"].ContainsKey("technique"));
        Assert.False(report.Scores["test"].ContainsKey("method"));
        Assert.DoesNotContain(report.Errors, error => error.Name is "LoRA" or "ZorbNet");
    }

    [Fact]
    public void A_gold_list_that_is_absent_or_null_means_that_kind_was_not_annotated()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "gold.json");
        File.WriteAllText(path, """[{"title": "A", "split": "train", "dataset": [{"name": "Quibble"}], "task": null, "method": []}]""");
        var (papers, problem) = GoldSetReader.Read(path);
        Assert.Null(problem);
        var paper = Assert.Single(papers);
        Assert.Equal([EntityKind.Method, EntityKind.Dataset], paper.AnnotatedKinds.Order());
        Assert.False(paper.IsComplete);
    }

    [Fact]
    public void The_dev_set_has_at_least_60_papers_in_two_splits_all_found_in_the_seeds()
    {
        var (papers, problem) = GoldSetReader.Read(Repository.DevGold);
        Assert.Null(problem);
        Assert.True(papers.Length >= 60);
        Assert.Equal(["test", "tune"], papers.Select(p => p.Split).Distinct().Order());
        var report = Evaluator.Evaluate(papers, SeedCorpus.Extracted);
        Assert.Empty(report.UnmatchedGoldTitles);
        Assert.Equal(papers.Length, report.PapersScored);
    }
}
