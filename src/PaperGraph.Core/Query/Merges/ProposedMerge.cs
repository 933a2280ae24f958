using PaperGraph.Graph;

namespace PaperGraph.Query.Merges;

/// <summary>What one generator proposes: two entity nodes of one kind, a reason and a score in [0, 1]; numbered later.</summary>
public sealed record ProposedMerge(GraphNode Left, GraphNode Right, string Reason, double Score);
