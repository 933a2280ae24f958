using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Query.Profiles;

/// <summary>Summary figures of a graph: what <c>papergraph stats</c> shows.</summary>
public sealed record GraphStatistics(
    int Papers,
    int Entities,
    int Relationships,
    ImmutableArray<(NodeKind Kind, int Count)> NodesByKind,
    ImmutableArray<(string Type, int Count)> EdgesByType,
    ImmutableArray<GraphNode> MostConnected,
    ImmutableArray<MergedDuplicate> Merges,
    ImmutableArray<(KeptApart Name, ImmutableArray<GraphNode> Nodes)> KeptApart,
    int Errors,
    int Warnings,
    int Infos,
    ImmutableArray<(string Id, int Count)> DiagnosticsById)
{
    /// <summary>The curation decisions the build applied, in file order.</summary>
    public ImmutableArray<CurationRecord> Curation { get; init; } = [];

    /// <summary>How many curation decisions the build could not apply (PG2102–PG2106): each is a warning with its file and line.</summary>
    public int CurationWarnings { get; init; }

    /// <summary>The diagnostics of curation decisions that could not be applied.</summary>
    public static bool IsCurationWarning(Diagnostic diagnostic) =>
        diagnostic.Id.StartsWith("PG21", StringComparison.Ordinal) && diagnostic.Severity == DiagnosticSeverity.Warning;

    public static GraphStatistics Compute(KnowledgeGraph graph, int top)
    {
        var entities = graph.Entities.ToList();
        return new GraphStatistics(
            graph.Nodes.Length - entities.Count,
            entities.Count,
            graph.Edges.Length,
            Enum.GetValues<NodeKind>().Select(kind => (kind, graph.Nodes.Count(node => node.Kind == kind))).ToImmutableArray(),
            graph.Edges.GroupBy(edge => edge.Type).OrderBy(group => group.Key).Select(group => (group.Key.ToName(), group.Count())).ToImmutableArray(),
            entities.OrderByDescending(node => node.PaperCount).ThenBy(node => node.Key, StringComparer.Ordinal).Take(top).ToImmutableArray(),
            graph.Merges,
            [.. graph.KeptApart.Select(kept => (kept, kept.Keys.Select(key => graph.TryGetNode(kept.Kind, key, out var node) ? node : null).OfType<GraphNode>().ToImmutableArray()))],
            graph.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            graph.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            graph.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            graph.Diagnostics.GroupBy(d => d.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => (group.Key, group.Count())).ToImmutableArray())
        {
            Curation = graph.Curation,
            CurationWarnings = graph.Diagnostics.Count(IsCurationWarning),
        };
    }
}
