using System.Collections.Immutable;

namespace PaperGraph.Evaluation;

/// <summary>Scores per split ("tune", "test", "all") and per category (the four kinds and "proposed method").</summary>
internal sealed record EvaluationReport(
    ImmutableDictionary<string, ImmutableDictionary<string, Score>> Scores,
    ImmutableArray<EvaluationError> Errors,
    int PapersScored,
    ImmutableArray<string> UnmatchedGoldTitles)
{
    public static readonly ImmutableArray<string> Categories = ["method", "dataset", "technique", "task", "proposed method"];
}
