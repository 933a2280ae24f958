namespace PaperGraph.Query;

/// <summary>One side of an undirected weighted edge: the neighbour, the weight and the caller's edge index.</summary>
public readonly record struct WeightedLink(int Neighbor, double Weight, int Edge);
