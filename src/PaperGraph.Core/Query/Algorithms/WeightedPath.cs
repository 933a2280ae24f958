using System.Collections.Immutable;

namespace PaperGraph.Query.Algorithms;

/// <summary>A simple path in a <see cref="WeightedGraph"/>: its vertices, the edge index of each step, and its total cost.</summary>
internal sealed record WeightedPath(ImmutableArray<int> Vertices, ImmutableArray<int> Edges, double Cost)
{
    public int HopCount => Edges.Length;
}
