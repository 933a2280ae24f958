using PaperGraph.Graph.Storage;
using PaperGraph.Lexicon;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The taxonomy job of building a graph: the lexicon ancestors of the entities papers mention (techniques, method
/// families, the task hierarchy) become entities of their own, and every entity with a parent gets its IS_A edge.
/// </summary>
internal static class TaxonomyEdges
{
    /// <summary>Adds the lexicon ancestors of every entity (techniques, methods, tasks) as entities of their own; returns the canonical map grown to cover them.</summary>
    public static int[] AddAncestors(PaperAccumulator accumulated, EntityLexicon lexicon, int[] canonical)
    {
        var count = accumulated.Entities.Count;
        for (var e = 0; e < count; e++)
        {
            if (accumulated.Entities[e].Taxonomy is not { } entry)
            {
                continue;
            }
            foreach (var ancestor in lexicon.Ancestors(entry))
            {
                var slot = (ancestor.Kind, ancestor.Key);
                if (accumulated.EntityIndex.ContainsKey(slot))
                {
                    continue;
                }
                accumulated.EntityIndex[slot] = accumulated.Entities.Count;
                accumulated.Entities.Add(new EntityRecord(ancestor.Kind, ancestor.Key, ancestor) { Taxonomy = ancestor });
            }
        }
        var grown = new int[accumulated.Entities.Count];
        canonical.CopyTo(grown, 0);
        for (var e = count; e < grown.Length; e++)
        {
            grown[e] = e;
        }
        return grown;
    }

    /// <summary>An IS_A edge from every entity with a parent (a curated one, else its lexicon parent) to that parent's node; a dropped end has no node (-1).</summary>
    public static void AddIsAEdges(PaperAccumulator accumulated, EntityCuration curation, int[] canonical, EdgeTable.Builder edges, IEnumerable<int> entityOfNode, int[] nodeOfEntity)
    {
        foreach (var e in entityOfNode)
        {
            // A curated parent merged into its child afterwards would make a node its own parent.
            if (curation.ParentOf(e, canonical) is { } parentEntity && nodeOfEntity[parentEntity] >= 0
                && (accumulated.Entities[e].CuratedParent is null || nodeOfEntity[parentEntity] != nodeOfEntity[e]))
            {
                edges.AddEdge(nodeOfEntity[e], nodeOfEntity[parentEntity], RelationType.IsA, 1, 0);
            }
        }
    }
}
