using PaperGraph.Binding;
using PaperGraph.Graph.Storage;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// PART_OF, COMPARED_WITH and EXTENDS edges from the relations papers state: one edge per (source, target, type)
/// across papers, with every stating sentence as evidence, the papers behind it, and weight = papers.
/// </summary>
internal static class StatedEdges
{
    public static void Add(EdgeTable.Builder edges, IEnumerable<(int Paper, StatedRelation Relation, EvidenceRow Evidence)> relations, Func<EntityKind, string, int> nodeOf)
    {
        var grouped = new Dictionary<(int, int, RelationType), List<(int Paper, EvidenceRow Evidence)>>();
        var order = new List<(int Source, int Target, RelationType Type)>();
        var seen = new HashSet<(int, int, RelationType, int, EvidenceRow)>();
        foreach (var (paper, relation, evidence) in relations)
        {
            var source = nodeOf(relation.SourceKind, relation.SourceKey);
            var target = nodeOf(relation.TargetKind, relation.TargetKey);
            // Two surface forms merged across papers can make a relation point at itself.
            if (source < 0 || target < 0 || source == target)
            {
                continue;
            }
            var type = relation.Kind switch
            {
                StatedRelationKind.PartOf => RelationType.PartOf,
                StatedRelationKind.ComparedWith => RelationType.ComparedWith,
                _ => RelationType.Extends,
            };
            var key = (source, target, type);
            if (!grouped.TryGetValue(key, out var list))
            {
                grouped[key] = list = [];
                order.Add(key);
            }
            if (seen.Add((source, target, type, paper, evidence)))
            {
                list.Add((paper, evidence));
            }
        }
        foreach (var key in order)
        {
            var evidence = grouped[key];
            foreach (var (_, row) in evidence)
            {
                edges.AddEvidence(row.Sentence, row.Start, row.End, row.InSentence);
            }
            var papers = evidence.Select(item => item.Paper).Distinct().ToList();
            foreach (var paper in papers)
            {
                edges.AddPaper(paper);
            }
            edges.AddEdge(key.Source, key.Target, key.Type, papers.Count, 0);
        }
    }
}
