using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Profiles;

/// <summary>Summary figures of a graph: what <c>papergraph stats</c> shows.</summary>
public sealed record GraphStatistics(
    int Papers,
    int Entities,
    int Relationships,
    ImmutableArray<(EntityKind Kind, int Count)> NodesByKind,
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

    /// <remarks>
    /// Counts come straight from the columns (<see cref="KnowledgeGraph.TypeOf"/>, one pass over the nodes) and the
    /// most connected entities from a bounded heap: materialising every edge view and sorting every entity took
    /// 15 s and 3 GB on a million-paper graph for a few dozen numbers.
    /// </remarks>
    public static GraphStatistics Compute(KnowledgeGraph graph, int top)
    {
        var nodesByKind = new int[EntityKinds.All.Length];
        var mostConnected = new TopK<GraphNode>(top, static (a, b) =>
        {
            var byPapers = b.PaperCount.CompareTo(a.PaperCount);
            return byPapers != 0 ? byPapers : string.CompareOrdinal(a.Key, b.Key);
        });
        foreach (var node in graph.Nodes)
        {
            nodesByKind[(int)node.Kind]++;
            if (!node.IsPaper)
            {
                mostConnected.Offer(node);
            }
        }
        var edgesByType = new int[Enum.GetValues<RelationType>().Length];
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            edgesByType[(int)graph.TypeOf(edge)]++;
        }
        var papers = nodesByKind[(int)EntityKind.Paper];
        return new GraphStatistics(
            papers,
            graph.Nodes.Length - papers,
            graph.EdgeCount,
            [.. EntityKinds.All.Select(kind => (kind, nodesByKind[(int)kind]))],
            [.. Enum.GetValues<RelationType>().Where(type => edgesByType[(int)type] > 0).Select(type => (type.ToName(), edgesByType[(int)type]))],
            [.. mostConnected.TakeBestFirst()],
            graph.Merges,
            [.. graph.KeptApart.Zip(graph.SensesKeptApart)],
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
