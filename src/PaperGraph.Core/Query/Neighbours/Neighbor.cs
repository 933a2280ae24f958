using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>
/// An entity near another: how many hops away and how it is reached, the entity it was reached from, the edges
/// between the two, and its association strength.
/// </summary>
/// <remarks>
/// <see cref="Strength"/> is papers in common × PMI (<see cref="Association.LocalMutualInformation"/>) of the hop's
/// co-occurrence, as <c>related</c> ranks; 0 for a direct relation without papers in common. Beyond one hop it is
/// that of the weakest co-occurrence on the strongest way back (0 when a hop has no paper in common).
/// </remarks>
public sealed record Neighbor(GraphNode Node, int Depth, GraphNode Via, ImmutableArray<GraphEdge> Edges, double Strength, NeighborReach Reach);
