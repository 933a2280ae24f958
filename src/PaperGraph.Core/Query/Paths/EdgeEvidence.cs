using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Query.Paths;

/// <summary>Finds a sentence that explains an edge that carries none of its own (CO_OCCURS, APPLIES, EVALUATED_ON).</summary>
public static class EdgeEvidence
{
    /// <summary>
    /// The edge's own evidence; otherwise, from the first of its papers with a sentence that mentions both ends, that
    /// sentence (the target's mention in it); failing that, the first mention of each end in its first paper.
    /// </summary>
    public static ImmutableArray<Evidence> Explain(KnowledgeGraph graph, GraphEdge edge)
    {
        if (!edge.Evidence.IsEmpty)
        {
            return edge.Evidence;
        }
        ImmutableArray<Evidence>? fallback = null;
        foreach (var paperId in edge.Papers)
        {
            if (!graph.TryGetNode(EntityKind.Paper, paperId, out var paper))
            {
                continue;
            }
            var ofSource = MentionsIn(graph, paper, edge.Source);
            var ofTarget = MentionsIn(graph, paper, edge.Target);
            var shared = ofTarget.FirstOrDefault(target => ofSource.Any(source => source.Sentence == target.Sentence));
            if (shared is not null)
            {
                return [shared];
            }
            fallback ??= [.. ofSource.Take(1), .. ofTarget.Take(1)];
        }
        return fallback ?? [];
    }

    private static ImmutableArray<Evidence> MentionsIn(KnowledgeGraph graph, GraphNode paper, GraphNode entity) =>
        graph.IncidentEdges(paper)
            .Where(edge => ReferenceEquals(edge.Source, paper) && ReferenceEquals(edge.Target, entity))
            .SelectMany(edge => edge.Evidence)
            .ToImmutableArray();
}
