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
    ImmutableArray<(KeptApart Name, IReadOnlyList<GraphNode> Nodes)> KeptApart,
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

    public static GraphStatistics Compute(KnowledgeGraph graph, int top) => Compute(GraphCensus.Of(graph), top);

    /// <remarks>
    /// Counts come straight from the census's columns (one pass over the nodes) and the most connected entities from a
    /// bounded heap of node ids: materialising every edge view and sorting every entity took 15 s and 3 GB on a
    /// million-paper graph for a few dozen numbers. Nodes are made only for what is shown: the most connected, and the
    /// senses of a name kept apart as they are listed (a million of them in a large synthetic graph).
    /// </remarks>
    public static GraphStatistics Compute(GraphCensus census, int top)
    {
        var nodesByKind = new int[EntityKinds.All.Length];
        var mostConnected = new TopK<int>(top, (a, b) =>
        {
            var byPapers = census.PaperCountOf(b).CompareTo(census.PaperCountOf(a));
            return byPapers != 0 ? byPapers : string.CompareOrdinal(census.KeyOf(a), census.KeyOf(b));
        });
        for (var node = 0; node < census.NodeCount; node++)
        {
            var kind = census.KindOf(node);
            nodesByKind[(int)kind]++;
            if (kind != EntityKind.Paper)
            {
                mostConnected.Offer(node);
            }
        }
        var papers = nodesByKind[(int)EntityKind.Paper];
        var diagnostics = census.Diagnostics;
        return new GraphStatistics(
            papers,
            census.NodeCount - papers,
            census.EdgesByType.Sum(),
            [.. EntityKinds.All.Select(kind => (kind, nodesByKind[(int)kind]))],
            [.. Enum.GetValues<RelationType>().Where(type => census.EdgesByType[(int)type] > 0).Select(type => (type.ToName(), census.EdgesByType[(int)type]))],
            [.. mostConnected.TakeBestFirst().Select(census.Node)],
            census.Merges,
            [.. census.KeptApart.Zip(census.SensesKeptApart, (kept, senses) => (kept, (IReadOnlyList<GraphNode>)new NodesOnDemand(census, senses)))],
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            diagnostics.GroupBy(d => d.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => (group.Key, group.Count())).ToImmutableArray())
        {
            Curation = census.Curation,
            CurationWarnings = diagnostics.Count(IsCurationWarning),
        };
    }

    /// <summary>Nodes of a census by id, each made when it is read.</summary>
    private sealed class NodesOnDemand(GraphCensus census, ImmutableArray<int> ids) : IReadOnlyList<GraphNode>
    {
        public int Count => ids.Length;

        public GraphNode this[int index] => census.Node(ids[index]);

        public IEnumerator<GraphNode> GetEnumerator() => ids.Select(census.Node).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
