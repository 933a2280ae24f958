using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>Finds the papers and entities that connect two ideas.</summary>
/// <remarks>
/// Papers: every paper that mentions both, in corpus order. Entities: those that co-occur with both, ranked by the
/// weaker of their two co-occurrences (papers in common), then the stronger, then key; at most <c>top</c>.
/// </remarks>
public static class Bridges
{
    public static BridgeReport Between(KnowledgeGraph graph, GraphNode a, GraphNode b, int top)
    {
        var papersOfB = PaperEdges(graph, b);
        var papers = PaperEdges(graph, a)
            .Where(pair => papersOfB.ContainsKey(pair.Key))
            .OrderBy(pair => pair.Key.Id)
            .Select(pair => new BridgePaper(pair.Key, pair.Value, papersOfB[pair.Key]))
            .ToImmutableArray();

        var withB = CoOccurrences(graph, b);
        var entities = CoOccurrences(graph, a)
            .Where(pair => pair.Key.Id != b.Id && withB.ContainsKey(pair.Key))
            .Select(pair => new BridgeEntity(pair.Key, pair.Value, withB[pair.Key]))
            .OrderByDescending(entity => Math.Min(entity.WithA.Weight, entity.WithB.Weight))
            .ThenByDescending(entity => Math.Max(entity.WithA.Weight, entity.WithB.Weight))
            .ThenBy(entity => entity.Node.Key, StringComparer.Ordinal)
            .ThenBy(entity => entity.Node.Kind)
            .Take(top)
            .ToImmutableArray();
        return new BridgeReport(a, b, papers, entities);
    }

    private static Dictionary<GraphNode, GraphEdge> PaperEdges(KnowledgeGraph graph, GraphNode node)
    {
        var result = new Dictionary<GraphNode, GraphEdge>();
        foreach (var edge in graph.IncidentEdges(node).Where(edge => edge.Source.IsPaper))
        {
            result.TryAdd(edge.Source, edge);
        }
        return result;
    }

    private static Dictionary<GraphNode, GraphEdge> CoOccurrences(KnowledgeGraph graph, GraphNode node)
    {
        var result = new Dictionary<GraphNode, GraphEdge>();
        foreach (var edge in graph.IncidentEdges(node).Where(edge => edge.Type == RelationType.CoOccurs))
        {
            result.TryAdd(edge.Other(node), edge);
        }
        return result;
    }
}
