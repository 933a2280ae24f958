using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Literature;

/// <summary>
/// A paper that answers a <see cref="PaperQuery"/>: the task it addresses (the asked one or a narrower one), and the
/// methods it proposes, the methods and techniques it uses and the datasets it evaluates on.
/// </summary>
public sealed record PaperHit(
    GraphNode Paper,
    GraphNode Task,
    ImmutableArray<GraphNode> Proposes,
    ImmutableArray<GraphNode> Uses,
    ImmutableArray<GraphNode> EvaluatesOn);
