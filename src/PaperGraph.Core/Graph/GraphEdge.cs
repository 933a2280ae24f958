using System.Collections.Immutable;

namespace PaperGraph.Graph;

/// <summary>A typed relationship with its evidence; derived edges carry the papers behind them and a weight.</summary>
/// <remarks>
/// An edge read from a graph is a light view of one row of the graph's edge columns: its evidence and papers are
/// read when first asked for, and two views of the same row are equal. An edge made with the public constructor
/// holds its values itself, for building graphs by hand (tests, subgraphs).
/// </remarks>
public sealed class GraphEdge : IEquatable<GraphEdge>
{
    private readonly KnowledgeGraph? _graph;
    private ImmutableArray<Evidence> _evidence;
    private ImmutableArray<string> _papers;

    public GraphEdge(GraphNode source, GraphNode target, RelationType type, ImmutableArray<Evidence> evidence, ImmutableArray<string> papers, double weight, double score)
    {
        Source = source;
        Target = target;
        Type = type;
        _evidence = evidence.IsDefault ? [] : evidence;
        _papers = papers.IsDefault ? [] : papers;
        Weight = weight;
        Score = score;
        Index = -1;
    }

    internal GraphEdge(KnowledgeGraph graph, int index, GraphNode source, GraphNode target, RelationType type, double weight, double score)
    {
        _graph = graph;
        Index = index;
        Source = source;
        Target = target;
        Type = type;
        Weight = weight;
        Score = score;
    }

    /// <summary>The edge's position in its graph's <see cref="KnowledgeGraph.Edges"/>; -1 for an edge made by hand.</summary>
    public int Index { get; }

    public GraphNode Source { get; }
    public GraphNode Target { get; }
    public RelationType Type { get; }

    /// <summary>Mentions that justify the edge (paper edges: every mention of the entity in that paper).</summary>
    public ImmutableArray<Evidence> Evidence => _evidence.IsDefault ? _evidence = _graph!.EvidenceOf(Index) : _evidence;

    /// <summary>Paper ids behind the edge: the paper itself for a paper edge, the papers in common (at most 20 listed) for a derived one.</summary>
    public ImmutableArray<string> Papers => _papers.IsDefault ? _papers = _graph!.PapersOf(Index) : _papers;

    /// <summary>Papers in common for CO_OCCURS; mentions for paper edges.</summary>
    public double Weight { get; }

    /// <summary>Association score (PMI) for CO_OCCURS; 0 elsewhere.</summary>
    public double Score { get; }

    public GraphNode Other(GraphNode node) => ReferenceEquals(node, Source) ? Target : Source;

    public bool Equals(GraphEdge? other) =>
        other is not null && (ReferenceEquals(this, other) || (_graph is not null && ReferenceEquals(_graph, other._graph) && Index == other.Index));

    public override bool Equals(object? obj) => Equals(obj as GraphEdge);

    public override int GetHashCode() => _graph is null ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this) : Index;

    public override string ToString() => $"{Source} -[{Type.ToName()}]-> {Target}";
}
