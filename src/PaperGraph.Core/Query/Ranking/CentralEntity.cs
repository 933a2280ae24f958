using PaperGraph.Graph;

namespace PaperGraph.Query.Ranking;

/// <summary>An entity's centrality scores; <see cref="Betweenness"/> is null unless it was asked for (it costs O(V·E)).</summary>
public sealed record CentralEntity(GraphNode Node, double PageRank, int Degree, double? Betweenness);
