namespace PaperGraph.Graph;

/// <summary>
/// Part of one node's row: the ids of its incident edges and, alongside, the node at each edge's other end, as spans
/// over the graph's own columns (nothing is copied).
/// </summary>
/// <remarks>Valid as long as the graph is; a self-loop appears once.</remarks>
public readonly ref struct NodeRow
{
    internal NodeRow(ReadOnlySpan<int> edges, ReadOnlySpan<int> neighbours)
    {
        Edges = edges;
        Neighbours = neighbours;
    }

    /// <summary>Edge ids, in the row's order (see <see cref="RowParts"/>).</summary>
    public ReadOnlySpan<int> Edges { get; }

    /// <summary>Per edge of <see cref="Edges"/>: the node id at its other end.</summary>
    public ReadOnlySpan<int> Neighbours { get; }

    public int Length => Edges.Length;
}
