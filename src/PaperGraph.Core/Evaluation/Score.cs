namespace PaperGraph.Evaluation;

/// <summary>True positives, false positives and false negatives, with precision, recall and F1.</summary>
internal sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int TruePositivesOutsideLexicon)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
        a.TruePositivesOutsideLexicon + b.TruePositivesOutsideLexicon);

    public static Score Zero { get; } = new(0, 0, 0, 0);
}
