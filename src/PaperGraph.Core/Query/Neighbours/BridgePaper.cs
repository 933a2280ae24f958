using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>A paper that mentions both ideas, with its edge to each (and so the sentences).</summary>
public sealed record BridgePaper(GraphNode Paper, GraphEdge ToA, GraphEdge ToB);
