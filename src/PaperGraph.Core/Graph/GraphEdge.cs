using System.Collections.Immutable;
using QuikGraph;

namespace PaperGraph.Graph;

/// <summary>A typed relationship with its evidence; derived edges carry the papers behind them and a weight.</summary>
public sealed class GraphEdge(GraphNode source, GraphNode target, RelationType type, ImmutableArray<Evidence> evidence, ImmutableArray<string> papers, double weight, double score)
    : IEdge<GraphNode>
{
    public GraphNode Source { get; } = source;
    public GraphNode Target { get; } = target;
    public RelationType Type { get; } = type;

    /// <summary>Mentions that justify the edge (paper edges: every mention of the entity in that paper).</summary>
    public ImmutableArray<Evidence> Evidence { get; } = evidence;

    /// <summary>Paper ids behind a derived edge (CO_OCCURS, APPLIES, EVALUATED_ON).</summary>
    public ImmutableArray<string> Papers { get; } = papers;

    /// <summary>Papers in common for CO_OCCURS; mentions for paper edges.</summary>
    public double Weight { get; } = weight;

    /// <summary>Association score (PMI) for CO_OCCURS; 0 elsewhere.</summary>
    public double Score { get; } = score;

    public GraphNode Other(GraphNode node) => ReferenceEquals(node, Source) ? Target : Source;

    public override string ToString() => $"{Source} -[{Type.ToName()}]-> {Target}";
}
