using System.Collections;

namespace PaperGraph.Graph;

/// <summary>
/// A read-only run of a graph's edges (all of them, or one node's incident edges), materialised one view at a time
/// as it is enumerated.
/// </summary>
public readonly struct EdgeList : IReadOnlyList<GraphEdge>
{
    private readonly KnowledgeGraph? _graph;
    private readonly Storage.Column<int>? _ids;
    private readonly int _start;

    internal EdgeList(KnowledgeGraph graph, Storage.Column<int>? ids, int start, int length)
    {
        _graph = graph;
        _ids = ids;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    public int Count => Length;

    public bool IsEmpty => Length == 0;

    public GraphEdge this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            return _graph!.Edge(IdAt(index));
        }
    }

    /// <summary>The edge id at <paramref name="index"/>, without materialising the edge.</summary>
    public int IdAt(int index) => _ids is null ? _start + index : _ids[_start + index];

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<GraphEdge> IEnumerable<GraphEdge>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(EdgeList list) : IEnumerator<GraphEdge>
    {
        private int _index = -1;

        public readonly GraphEdge Current => list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
