using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>A paper that mentions both ideas, with its edge to each (and so the sentences).</summary>
public sealed record BridgePaper(GraphNode Paper, GraphEdge ToA, GraphEdge ToB);

/// <summary>An entity that goes with both ideas: its CO_OCCURS edge with each.</summary>
public sealed record BridgeEntity(GraphNode Node, GraphEdge WithA, GraphEdge WithB);

/// <summary>What connects two ideas: papers that mention both, and entities that co-occur with both.</summary>
public sealed record BridgeReport(GraphNode A, GraphNode B, ImmutableArray<BridgePaper> Papers, ImmutableArray<BridgeEntity> Entities);
