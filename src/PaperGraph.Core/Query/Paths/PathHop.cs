using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Paths;

/// <summary>One step of a path: from a node, over an edge (in either direction), to the next node.</summary>
public sealed record PathHop(GraphNode From, GraphEdge Edge, GraphNode To)
{
    /// <summary>The sentences that explain the hop: the edge's own evidence, or for a derived edge a sentence of one of its papers.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = Edge.Evidence;

    /// <summary>True when the hop follows the edge against its direction (paper ← entity).</summary>
    public bool IsReversed => !ReferenceEquals(Edge.Source, From);
}
