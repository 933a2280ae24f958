using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Ranking;

/// <summary>
/// The entities of a knowledge graph as a <see cref="WeightedGraph"/>: one vertex per entity, one link per CO_OCCURS
/// edge weighted by the papers in common. What centrality and communities run on.
/// </summary>
internal sealed class ConceptGraph
{
    private readonly Dictionary<int, int> _vertexOf;

    private ConceptGraph(ImmutableArray<GraphNode> nodes, WeightedGraph graph)
    {
        Nodes = nodes;
        Graph = graph;
        _vertexOf = nodes.Select((node, vertex) => (node.Id, vertex)).ToDictionary(pair => pair.Id, pair => pair.vertex);
    }

    /// <summary>The entity behind each vertex, in node id order.</summary>
    public ImmutableArray<GraphNode> Nodes { get; }

    public WeightedGraph Graph { get; }

    public bool TryGetVertex(GraphNode node, out int vertex) => _vertexOf.TryGetValue(node.Id, out vertex);

    /// <summary>The co-occurrence graph of <paramref name="graph"/>, made once per graph (the graph keeps it).</summary>
    public static ConceptGraph CoOccurrence(KnowledgeGraph graph) => graph.Index(Build);

    private static ConceptGraph Build(KnowledgeGraph graph)
    {
        var nodes = graph.Entities.ToImmutableArray();
        var vertexOf = nodes.Select((node, vertex) => (node.Id, vertex)).ToDictionary(pair => pair.Id, pair => pair.vertex);
        var links = graph.Edges
            .Select((edge, index) => (edge, index))
            .Where(item => item.edge.Type == RelationType.CoOccurs)
            .Select(item => (vertexOf[item.edge.Source.Id], vertexOf[item.edge.Target.Id], item.edge.Weight, item.index));
        return new ConceptGraph(nodes, WeightedGraph.Create(nodes.Length, links));
    }
}
