namespace PaperGraph.Evaluation;

/// <summary>A miss (gold entity not predicted) or a false positive (predicted, not in gold), for --verbose.</summary>
internal sealed record EvaluationError(string Split, string PaperTitle, string Category, string Kind, string Name);
