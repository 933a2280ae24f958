using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>An entity that goes with both ideas: its CO_OCCURS edge with each.</summary>
public sealed record BridgeEntity(GraphNode Node, GraphEdge WithA, GraphEdge WithB);
