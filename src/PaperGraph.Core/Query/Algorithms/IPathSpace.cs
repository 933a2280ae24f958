namespace PaperGraph.Query.Algorithms;

/// <summary>
/// What Yen's algorithm (<see cref="KShortestPaths"/>) asks of a graph: the cheapest path from one vertex to another
/// that avoids some vertices and some first steps, and the cost of one step.
/// </summary>
internal interface IPathSpace
{
    /// <summary>
    /// Every path with fewer hops costs less than every path with more (as <c>PathCost</c> (Query/Paths) makes it): a search
    /// may then stop at a hop limit, and once the next path is too long, so is every one after it.
    /// </summary>
    bool CostsGrowWithHops { get; }

    /// <summary>
    /// The work the searches of this space have done so far (the adjacency entries they read): what a caller that
    /// must answer in bounded time budgets, deterministically, where a clock would not be.
    /// </summary>
    long Work { get; }

    /// <summary>The cost of the step from <paramref name="from"/> to <paramref name="to"/> over edge <paramref name="edge"/>.</summary>
    double StepCost(int from, int to, int edge);

    /// <summary>
    /// The cheapest path from <paramref name="from"/> to <paramref name="to"/> through no vertex of
    /// <paramref name="avoid"/>, whose first step does not go to a vertex of <paramref name="avoidFirstSteps"/>, with
    /// at most <paramref name="maxHops"/> hops where <see cref="CostsGrowWithHops"/> (otherwise the limit may be
    /// ignored); null when there is none. Its cost is the sum of its <see cref="StepCost"/>s, from its start.
    /// </summary>
    WeightedPath? Cheapest(int from, int to, IReadOnlySet<int> avoid, IReadOnlySet<int> avoidFirstSteps, int maxHops);
}
