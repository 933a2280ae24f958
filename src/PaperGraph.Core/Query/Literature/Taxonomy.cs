using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Literature;

/// <summary>The IS_A hierarchy read downwards: what is narrower than an entity.</summary>
/// <remarks>
/// Any IS_A edge counts, whatever the kinds it joins: the technique taxonomy gives technique edges, and a task
/// hierarchy in the lexicons gives task edges the same way. An IS_A edge points from the narrower entity to the broader.
/// </remarks>
public static class Taxonomy
{
    /// <summary>Every entity below <paramref name="node"/>, nearest first (breadth first, then node id); not the node itself.</summary>
    public static ImmutableArray<GraphNode> Narrower(KnowledgeGraph graph, GraphNode node)
    {
        var seen = new HashSet<int> { node.Id };
        var result = ImmutableArray.CreateBuilder<GraphNode>();
        var frontier = new List<GraphNode> { node };
        while (frontier.Count > 0)
        {
            var next = new List<GraphNode>();
            foreach (var broader in frontier)
            {
                foreach (var edge in graph.ConceptEdges(broader))
                {
                    if (edge.Type == RelationType.IsA && ReferenceEquals(edge.Target, broader) && seen.Add(edge.Source.Id))
                    {
                        next.Add(edge.Source);
                    }
                }
            }
            next.Sort((a, b) => a.Id.CompareTo(b.Id));
            result.AddRange(next);
            frontier = next;
        }
        return result.ToImmutable();
    }
}
