using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>The entities most associated with one entity, from its CO_OCCURS edges.</summary>
/// <remarks>Ranked by local mutual information (<see cref="Association.LocalMutualInformation"/>), then papers in common, then key.</remarks>
public static class Relatedness
{
    public static ImmutableArray<RelatedEntity> Of(KnowledgeGraph graph, GraphNode node, int top, NodeKind? kind = null) =>
        graph.IncidentEdges(node)
            .Where(edge => edge.Type == RelationType.CoOccurs)
            .Select(edge => (Other: edge.Other(node), Edge: edge))
            .Where(pair => kind is null || pair.Other.Kind == kind)
            .Select(pair =>
            {
                var shared = (int)pair.Edge.Weight;
                return new RelatedEntity(pair.Other, shared, pair.Edge.Score, Association.Jaccard(shared, node.PaperCount, pair.Other.PaperCount),
                    Association.LocalMutualInformation(shared, pair.Edge.Score), pair.Edge.Papers);
            })
            .OrderByDescending(related => related.Score)
            .ThenByDescending(related => related.SharedPapers)
            .ThenBy(related => related.Node.Key, StringComparer.Ordinal)
            .ThenBy(related => related.Node.Kind)
            .Take(top)
            .ToImmutableArray();
}
