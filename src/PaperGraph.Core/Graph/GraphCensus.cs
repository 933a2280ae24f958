using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// What <c>stats</c> reports on, and no more: per node its kind and paper count (the node itself made only when asked
/// for), per relationship type its count, and the merges, names kept apart, curation and diagnostics.
/// </summary>
/// <remarks>
/// A saved graph gives one without being loaded (<see cref="Persistence.GraphFile.TryReadCensus"/>): at a million
/// papers a load makes two million nodes and reads three gigabytes of columns, for a few dozen numbers. A graph in
/// memory gives one too (<see cref="Of"/>), so both are counted by the same code.
/// </remarks>
public sealed class GraphCensus
{
    private readonly Func<int, EntityKind> _kind;
    private readonly Func<int, int> _paperCount;
    private readonly Func<int, string> _key;
    private readonly Func<int, GraphNode> _node;

    internal GraphCensus(int nodeCount, Func<int, EntityKind> kind, Func<int, int> paperCount, Func<int, string> key, Func<int, GraphNode> node) =>
        (NodeCount, _kind, _paperCount, _key, _node) = (nodeCount, kind, paperCount, key, node);

    public int NodeCount { get; }

    /// <summary>How many relationships of each type, indexed by <see cref="RelationType"/>.</summary>
    public required ImmutableArray<int> EdgesByType { get; init; }

    public required ImmutableArray<MergedDuplicate> Merges { get; init; }

    public required ImmutableArray<KeptApart> KeptApart { get; init; }

    /// <summary>The node ids of the senses of each name of <see cref="KeptApart"/> that are nodes (<see cref="KnowledgeGraph.SensesKeptApart"/>).</summary>
    public required ImmutableArray<ImmutableArray<int>> SensesKeptApart { get; init; }

    public required ImmutableArray<CurationRecord> Curation { get; init; }

    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    public EntityKind KindOf(int node) => _kind(node);

    public int PaperCountOf(int node) => _paperCount(node);

    public string KeyOf(int node) => _key(node);

    public GraphNode Node(int node) => _node(node);

    /// <summary>The census of a graph in memory.</summary>
    public static GraphCensus Of(KnowledgeGraph graph)
    {
        var edgesByType = new int[Enum.GetValues<RelationType>().Length];
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            edgesByType[(int)graph.TypeOf(edge)]++;
        }
        var nodes = graph.Nodes;
        return new GraphCensus(nodes.Length, id => nodes[id].Kind, id => nodes[id].PaperCount, id => nodes[id].Key, id => nodes[id])
        {
            EdgesByType = [.. edgesByType],
            Merges = graph.Merges,
            KeptApart = graph.KeptApart,
            SensesKeptApart = [.. graph.SensesKeptApart.Select(senses => senses.Select(node => node.Id).ToImmutableArray())],
            Curation = graph.Curation,
            Diagnostics = graph.Diagnostics,
        };
    }
}
