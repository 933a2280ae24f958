using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>What connects two ideas: papers that mention both, and entities that co-occur with both.</summary>
public sealed record BridgeReport(GraphNode A, GraphNode B, ImmutableArray<BridgePaper> Papers, ImmutableArray<BridgeEntity> Entities);
