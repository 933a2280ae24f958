using PaperGraph.Graph;

namespace PaperGraph.Query.Paths;

/// <summary>
/// The one definition of the best connection, shared by <c>path --k 1</c>, <c>path --k N</c>, its JSON and the HTML
/// explorer (which receives every edge's cost in its data): the fewest hops; among paths of equal length the best
/// attested one; among those the one through the lowest edge ids.
/// </summary>
/// <remarks>
/// A hop costs 1 + <see cref="Penalty"/>/100 + edge id × 1e-14. The penalty is 1 / (1 + strength), at most 1, so
/// with at most <see cref="MaxHops"/> hops the penalties and tie-breaks of a path add up to less than one hop: a
/// shorter path always costs less. Strength is the mentions behind a paper hop, the papers behind a concept hop plus
/// one for a relation the text states, and ½ for a taxonomy (IS_A) hop, which the lexicon explains, not a sentence.
/// </remarks>
public static class PathCost
{
    /// <summary>The longest path a search may ask for; beyond it penalties could outweigh a hop.</summary>
    public const int MaxHops = 64;

    private const double PenaltyScale = 1.0 / 100;
    private const double TieBreakScale = 1e-14;

    public static double Strength(RelationType type, double weight) => type switch
    {
        RelationType.IsA => 0.5,
        RelationType.PartOf or RelationType.ComparedWith or RelationType.Extends => weight + 1,
        _ => Math.Max(0, weight),
    };

    /// <summary>How much a hop's weak evidence counts against it, between 0 and 1.</summary>
    public static double Penalty(RelationType type, double weight) => 1 / (1 + Strength(type, weight));

    /// <summary>The cost of one hop over edge <paramref name="edge"/> (its id in the graph).</summary>
    public static double Hop(RelationType type, double weight, int edge) => 1 + Penalty(type, weight) * PenaltyScale + edge * TieBreakScale;
}
