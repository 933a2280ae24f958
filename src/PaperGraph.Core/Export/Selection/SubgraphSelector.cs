using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export.Selection;

/// <summary>
/// Cuts a readable picture out of a large graph: a new <see cref="KnowledgeGraph"/> with the selected nodes
/// re-indexed 0..n-1 (in their original order) and every edge whose two ends were both selected.
/// </summary>
/// <remarks>
/// Entities are selected first, in this order: kinds, minimum paper count, the neighbourhood of
/// <see cref="SubgraphSelection.Around"/> (breadth-first over entity–entity edges among the entities that passed the
/// first two filters; the centre itself is always kept), then the <see cref="SubgraphSelection.Top"/> most connected.
/// <see cref="SubgraphSelection.Top"/> bounds every node drawn, papers included: when papers are kept, about half of
/// the budget goes to the most connected entities and the rest to the papers linking to most of them.
/// "Most connected" is the number of distinct neighbouring nodes (papers and entities) in the whole graph, ties
/// broken by paper count and then key, so the choice does not depend on the other filters.
/// Papers are kept when their kind is selected (it is by default) and, if any entity filter is set, only when they
/// link to a kept entity; so a narrowed export still shows the papers and evidence behind its entities.
/// Merges and diagnostics are carried over unchanged.
/// </remarks>
public static class SubgraphSelector
{
    public static KnowledgeGraph Select(KnowledgeGraph graph, SubgraphSelection selection)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.KeepsEverything)
        {
            return graph;
        }

        var entities = graph.Entities
            .Where(node => selection.Keeps(node.Kind) && node.PaperCount >= selection.MinPapers)
            .ToHashSet();
        if (selection.Around is { } centre)
        {
            entities = Neighbourhood(graph, centre, Math.Max(0, selection.Depth), entities);
        }
        var keep = new bool[graph.Nodes.Length];
        if (selection.Top is { } top)
        {
            var ranked = entities
                .OrderByDescending(node => DistinctNeighbours(graph, node))
                .ThenByDescending(node => node.PaperCount)
                .ThenBy(node => node.Key, StringComparer.Ordinal)
                .ThenBy(node => node.Kind)
                .ToList();
            if (!selection.Keeps(EntityKind.Paper))
            {
                foreach (var node in ranked.Take(Math.Max(0, top)))
                {
                    keep[node.Id] = true;
                }
                return Reindex(graph, keep);
            }
            // Top bounds what is drawn, papers included: half the budget to entities, the rest to the papers that
            // link to most of them; whatever the papers leave goes back to entities.
            var entityBudget = Math.Min(ranked.Count, (top + 1) / 2);
            foreach (var node in ranked.Take(entityBudget))
            {
                keep[node.Id] = true;
            }
            var papers = graph.Papers
                .Select(paper => (Paper: paper, Links: graph.IncidentEdges(paper).Select(edge => edge.Other(paper)).Where(other => keep[other.Id]).Distinct().Count()))
                .Where(item => item.Links > 0)
                .OrderByDescending(item => item.Links)
                .ThenBy(item => item.Paper.Id)
                .Take(top - entityBudget)
                .ToList();
            foreach (var (paper, _) in papers)
            {
                keep[paper.Id] = true;
            }
            foreach (var node in ranked.Skip(entityBudget).Take(top - entityBudget - papers.Count))
            {
                keep[node.Id] = true;
            }
            return Reindex(graph, keep);
        }

        foreach (var node in entities)
        {
            keep[node.Id] = true;
        }
        if (selection.Keeps(EntityKind.Paper))
        {
            foreach (var paper in graph.Papers)
            {
                keep[paper.Id] = !selection.NarrowsEntities || graph.IncidentEdges(paper).Any(edge => keep[edge.Other(paper).Id] && !edge.Other(paper).IsPaper);
            }
        }
        return Reindex(graph, keep);
    }

    /// <summary>The number of distinct nodes an entity is linked to, in either direction.</summary>
    public static int DistinctNeighbours(KnowledgeGraph graph, GraphNode node) =>
        graph.IncidentEdges(node).Select(edge => edge.Other(node).Id).Distinct().Count();

    private static HashSet<GraphNode> Neighbourhood(KnowledgeGraph graph, GraphNode centre, int depth, HashSet<GraphNode> allowed)
    {
        var reached = new HashSet<GraphNode> { centre };
        var frontier = new List<GraphNode> { centre };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<GraphNode>();
            foreach (var node in frontier)
            {
                foreach (var edge in graph.IncidentEdges(node))
                {
                    var other = edge.Other(node);
                    if (!other.IsPaper && allowed.Contains(other) && reached.Add(other))
                    {
                        next.Add(other);
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }

    private static KnowledgeGraph Reindex(KnowledgeGraph graph, bool[] keep)
    {
        var map = new GraphNode?[graph.Nodes.Length];
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        foreach (var node in graph.Nodes)
        {
            if (keep[node.Id])
            {
                var copy = node with { Id = nodes.Count };
                map[node.Id] = copy;
                nodes.Add(copy);
            }
        }
        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        foreach (var edge in graph.Edges)
        {
            if (map[edge.Source.Id] is { } source && map[edge.Target.Id] is { } target)
            {
                edges.Add(new GraphEdge(source, target, edge.Type, edge.Evidence, edge.Papers, edge.Weight, edge.Score));
            }
        }
        return new KnowledgeGraph(nodes.ToImmutable(), edges.ToImmutable(), graph.Merges, graph.Diagnostics) { KeptApart = graph.KeptApart };
    }
}
