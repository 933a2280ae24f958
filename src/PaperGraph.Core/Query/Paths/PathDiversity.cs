using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Paths;

/// <summary>When two connections are the same idea twice: k connections should show k ways, not one way k times.</summary>
/// <remarks>
/// A connection's bridges are the papers and entities between its two ends. A connection that shares more than half
/// of its bridges with an earlier one (compared with the smaller of the two sets) is a near copy: the same first two hops
/// with a different last paper, say. Two one-bridge connections are distinct when their bridges differ.
/// </remarks>
internal static class PathDiversity
{
    public static bool IsDistinct(WeightedPath path, IReadOnlyList<WeightedPath> earlier)
    {
        var bridges = Bridges(path);
        foreach (var other in earlier)
        {
            var otherBridges = Bridges(other);
            var shared = bridges.Count(otherBridges.Contains);
            var smaller = Math.Min(bridges.Count, otherBridges.Count);
            if (smaller == 0 ? bridges.Count == otherBridges.Count : 2 * shared > smaller)
            {
                return false;
            }
        }
        return true;
    }

    private static HashSet<int> Bridges(WeightedPath path) => [.. path.Vertices[1..^1]];
}
