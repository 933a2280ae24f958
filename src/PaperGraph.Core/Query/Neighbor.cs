using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>
/// An entity near another: how many hops away, the entity it was reached from, the edges between the two, and the
/// strength of the weakest link on the way (papers behind it).
/// </summary>
public sealed record Neighbor(GraphNode Node, int Depth, GraphNode Via, ImmutableArray<GraphEdge> Edges, double Strength);
