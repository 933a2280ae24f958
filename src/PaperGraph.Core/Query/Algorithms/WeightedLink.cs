namespace PaperGraph.Query.Algorithms;

/// <summary>One side of an undirected weighted edge: the neighbour, the weight and the caller's edge index.</summary>
internal readonly record struct WeightedLink(int Neighbor, double Weight, int Edge);
