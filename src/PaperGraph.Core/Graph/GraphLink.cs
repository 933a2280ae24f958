using QuikGraph;

namespace PaperGraph.Graph;

/// <summary>
/// An edge as QuikGraph sees the graph: its two ends (node ids) and its id, a value over the edge columns, so
/// QuikGraph's algorithms run on the graph without an object per edge or a copy of it.
/// </summary>
/// <remarks>
/// Two links are equal when they are the same edge; <see cref="KnowledgeGraph.Edge"/> makes the full
/// <see cref="GraphEdge"/> (evidence, papers) for a link an algorithm returns.
/// </remarks>
public readonly record struct GraphLink(int Source, int Target, int Id) : IEdge<int>;
