using System.Collections.Immutable;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Paths;

/// <summary>
/// More connections when Yen's exact order costs too much: each further search avoids the inner bridges (all but the
/// first and the last) of every connection kept so far, so what it finds is a way around all of them, not a near copy
/// that swaps one paper.
/// </summary>
/// <remarks>
/// On a large graph most of Yen's candidates are near copies (<see cref="PathDiversity"/>): between two entities of one
/// paper each, every connection shares those two papers, and Yen examines dozens of one-paper variations of the best
/// connection, each a round of spur searches, before it reaches one that goes another way. A search that simply may
/// not pass the inner bridges of the connections kept goes there at once. The first and last bridges stay allowed
/// because an entity of one paper has no other way out. What it finds is kept only when it is distinct, in cost
/// order after the connections Yen found (every distinct connection cheaper than those, Yen would have found).
/// </remarks>
internal static class DistinctDetours
{
    public static ImmutableArray<WeightedPath> Extend(IPathSpace space, int from, int to, ImmutableArray<WeightedPath> found, int k, int maxHops, int maxSearches, long workBudget)
    {
        var kept = found.ToList();
        var detours = new List<WeightedPath>();
        var avoid = new HashSet<int>();
        IReadOnlySet<int> noFirstSteps = ImmutableHashSet<int>.Empty;
        foreach (var path in found)
        {
            AvoidInnerBridges(path, avoid);
        }
        for (var searches = 0; kept.Count < k && searches < maxSearches && space.Work <= workBudget; searches++)
        {
            if (space.Cheapest(from, to, avoid, noFirstSteps, maxHops) is not { } next)
            {
                break;
            }
            if (PathDiversity.IsDistinct(next, kept))
            {
                kept.Add(next);
                detours.Add(next);
            }
            // A near copy's inner bridges are avoided too; one with none (two hops, or three with its ends' papers)
            // has its bridges avoided outright, else the search would find it again.
            if (!AvoidInnerBridges(next, avoid) && !next.Vertices[1..^1].Aggregate(false, (added, vertex) => avoid.Add(vertex) || added))
            {
                break;
            }
        }
        return [.. found, .. detours.OrderBy(path => path.Cost).ThenBy(path => path.HopCount)];
    }

    /// <summary>Adds the bridges of <paramref name="path"/> but its first and last to <paramref name="avoid"/>; true when one was new.</summary>
    private static bool AvoidInnerBridges(WeightedPath path, HashSet<int> avoid)
    {
        var added = false;
        for (var i = 2; i < path.Vertices.Length - 2; i++)
        {
            added |= avoid.Add(path.Vertices[i]);
        }
        return added;
    }
}
