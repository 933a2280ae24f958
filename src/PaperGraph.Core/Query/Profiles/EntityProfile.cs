using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;

namespace PaperGraph.Query.Profiles;

/// <summary>
/// Everything about one entity: the node (kind, aliases, long form, counts), its parent and children in the technique
/// taxonomy, its strongest typed relations, its most associated entities and the papers that mention it.
/// </summary>
public sealed record EntityProfile(
    GraphNode Node,
    GraphNode? Parent,
    ImmutableArray<GraphNode> Children,
    ImmutableArray<ProfileRelation> Relations,
    ImmutableArray<RelatedEntity> Related,
    ImmutableArray<MentioningPaper> Papers)
{
    /// <summary>The curation decisions applied to the entity ("merged by curation.yaml line 12: …").</summary>
    public ImmutableArray<CurationRecord> Curation { get; init; } = [];

    /// <summary>Builds the profile; <paramref name="top"/> bounds the relations per type and direction, and the related entities.</summary>
    public static EntityProfile Build(KnowledgeGraph graph, GraphNode node, int top)
    {
        var incident = graph.IncidentEdges(node);
        var parent = incident.FirstOrDefault(edge => edge.Type == RelationType.IsA && ReferenceEquals(edge.Source, node))?.Target;
        var children = incident
            .Where(edge => edge.Type == RelationType.IsA && ReferenceEquals(edge.Target, node))
            .Select(edge => edge.Source)
            .OrderByDescending(child => child.PaperCount)
            .ThenBy(child => child.Key, StringComparer.Ordinal)
            .ToImmutableArray();
        var relations = incident
            .Where(edge => PathFinder.IsConceptEdge(edge) && edge.Type is not (RelationType.CoOccurs or RelationType.IsA))
            .Select(edge => new ProfileRelation(edge.Type, ReferenceEquals(edge.Source, node), edge.Other(node), edge.Weight))
            .GroupBy(relation => (relation.Type, relation.Outgoing))
            .OrderBy(group => group.Key.Type)
            .ThenByDescending(group => group.Key.Outgoing)
            .SelectMany(group => group
                .OrderByDescending(relation => relation.Weight)
                .ThenBy(relation => relation.Other.Key, StringComparer.Ordinal)
                .Take(top))
            .ToImmutableArray();
        return new EntityProfile(node, parent, children, relations, Relatedness.Of(graph, node, top), Timeline.MentioningPapers(graph, node))
        {
            Curation = [.. graph.Curation.Where(record => record.IsAbout(node))],
        };
    }
}
