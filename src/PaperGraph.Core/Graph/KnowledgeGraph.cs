using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using QuikGraph;

namespace PaperGraph.Graph;

/// <summary>
/// The read-only knowledge graph: papers and entities with typed, evidence-carrying edges, on QuikGraph.
/// Built by <see cref="GraphBuilder"/> or loaded by <see cref="GraphFile"/>; never changed afterwards.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly FrozenDictionary<(NodeKind, string), GraphNode> _byKindAndKey;
    private readonly ImmutableArray<ImmutableArray<GraphEdge>> _incident;

    public KnowledgeGraph(ImmutableArray<GraphNode> nodes, ImmutableArray<GraphEdge> edges, ImmutableArray<MergedDuplicate> merges, ImmutableArray<Diagnostic> diagnostics)
    {
        Nodes = nodes;
        Edges = edges;
        Merges = merges;
        Diagnostics = diagnostics;
        _byKindAndKey = nodes.ToFrozenDictionary(node => (node.Kind, node.Key));
        var incident = new List<GraphEdge>[nodes.Length];
        for (var i = 0; i < incident.Length; i++)
        {
            incident[i] = [];
        }
        foreach (var edge in edges)
        {
            incident[edge.Source.Id].Add(edge);
            if (edge.Target.Id != edge.Source.Id)
            {
                incident[edge.Target.Id].Add(edge);
            }
        }
        _incident = incident.Select(list => list.ToImmutableArray()).ToImmutableArray();
        // The QuikGraph view doubles the adjacency in memory; build it only for the algorithms that ask for it.
        _graph = new Lazy<IBidirectionalGraph<GraphNode, GraphEdge>>(() =>
        {
            var graph = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true, vertexCapacity: nodes.Length, edgeCapacity: 4);
            graph.AddVertexRange(nodes);
            graph.AddEdgeRange(edges);
            return graph;
        });
    }

    private readonly Lazy<IBidirectionalGraph<GraphNode, GraphEdge>> _graph;

    public ImmutableArray<GraphNode> Nodes { get; }
    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>Entities that were merged across papers (an acronym in one paper, its long form in another).</summary>
    public ImmutableArray<MergedDuplicate> Merges { get; }

    /// <summary>Diagnostics from reading and extracting the corpus the graph was built from.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The QuikGraph view, for algorithms; read-only by interface.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph.Value;

    public IEnumerable<GraphNode> Papers => Nodes.Where(node => node.IsPaper);
    public IEnumerable<GraphNode> Entities => Nodes.Where(node => !node.IsPaper);

    /// <summary>Edges touching a node, in either direction.</summary>
    public ImmutableArray<GraphEdge> IncidentEdges(GraphNode node) => _incident[node.Id];

    public bool TryGetNode(NodeKind kind, string key, out GraphNode node) => _byKindAndKey.TryGetValue((kind, key), out node!);

    public int Degree(GraphNode node) => _incident[node.Id].Length;
}
