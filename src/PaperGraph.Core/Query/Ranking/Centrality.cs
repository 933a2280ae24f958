using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Ranking;

/// <summary>Ranks entities by centrality on the co-occurrence graph (<see cref="ConceptGraph.CoOccurrence"/>).</summary>
/// <remarks>Ties go to the entity in more papers, then to the lower key, so the ranking is stable.</remarks>
public static class Centrality
{
    public static ImmutableArray<CentralEntity> Rank(KnowledgeGraph graph, CentralityMeasure by, int top, EntityKind? kind = null)
    {
        var concepts = ConceptGraph.CoOccurrence(graph);
        var pageRank = PageRank.Compute(concepts.Graph);
        var betweenness = by == CentralityMeasure.Betweenness ? Betweenness.Compute(concepts.Graph) : default;
        var entities = concepts.Nodes.Select((node, vertex) => new CentralEntity(
            node,
            pageRank[vertex],
            concepts.Graph.Links(vertex).Select(link => link.Neighbor).Distinct().Count(),
            betweenness.IsDefault ? null : betweenness[vertex]));
        Func<CentralEntity, double> measure = by switch
        {
            CentralityMeasure.Degree => entity => entity.Degree,
            CentralityMeasure.Betweenness => entity => entity.Betweenness ?? 0,
            _ => entity => entity.PageRank,
        };
        return entities
            .Where(entity => kind is null || entity.Node.Kind == kind)
            .OrderByDescending(measure)
            .ThenByDescending(entity => entity.Node.PaperCount)
            .ThenBy(entity => entity.Node.Key, StringComparer.Ordinal)
            .ThenBy(entity => entity.Node.Kind)
            .Take(top)
            .ToImmutableArray();
    }
}
