using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Paths;

/// <summary>One connection between two entities: its hops (each with the evidence that explains it), its papers once each, and its cost.</summary>
/// <remarks>The cost is what the ranking minimises: every hop costs between 1 and 2, less the stronger its evidence.</remarks>
public sealed record ExplainedPath(ImmutableArray<PathHop> Hops, ImmutableArray<GraphNode> Papers, double Cost);
