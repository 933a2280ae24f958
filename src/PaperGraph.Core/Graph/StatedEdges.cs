using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// PART_OF, COMPARED_WITH and EXTENDS edges from the relations papers state: one edge per (source, target, type)
/// across papers, with every stating sentence as evidence, the papers behind it, and weight = papers.
/// </summary>
internal static class StatedEdges
{
    public static void Add(ImmutableArray<GraphEdge>.Builder edges, IEnumerable<(StatedRelation Relation, Evidence Evidence)> relations, Func<EntityKind, string, GraphNode?> nodeOf)
    {
        var grouped = new Dictionary<(int, int, RelationType), List<Evidence>>();
        var order = new List<(GraphNode Source, GraphNode Target, RelationType Type)>();
        foreach (var (relation, evidence) in relations)
        {
            var source = nodeOf(relation.SourceKind, relation.SourceKey);
            var target = nodeOf(relation.TargetKind, relation.TargetKey);
            // Two surface forms merged across papers can make a relation point at itself.
            if (source is null || target is null || source.Id == target.Id)
            {
                continue;
            }
            var type = relation.Kind switch
            {
                StatedRelationKind.PartOf => RelationType.PartOf,
                StatedRelationKind.ComparedWith => RelationType.ComparedWith,
                _ => RelationType.Extends,
            };
            var key = (source.Id, target.Id, type);
            if (!grouped.TryGetValue(key, out var list))
            {
                grouped[key] = list = [];
                order.Add((source, target, type));
            }
            if (!list.Contains(evidence))
            {
                list.Add(evidence);
            }
        }
        foreach (var (source, target, type) in order)
        {
            var evidence = grouped[(source.Id, target.Id, type)];
            var papers = evidence.Select(item => item.PaperId).Distinct(StringComparer.Ordinal).ToImmutableArray();
            edges.Add(new GraphEdge(source, target, type, [.. evidence], papers, papers.Length, 0));
        }
    }
}
