using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Graph;

namespace PaperGraph.Query.Profiles;

/// <summary>When an entity shows up: the listing dates of the papers that mention it, in date order.</summary>
/// <remarks>A paper listed on two dates appears under both; a paper without a date appears under "undated", last.</remarks>
public static class Timeline
{
    public const string Undated = "undated";

    public static ImmutableArray<TimelineEntry> Of(KnowledgeGraph graph, GraphNode node) =>
        MentioningPapers(graph, node)
            .SelectMany(paper => (paper.Paper.Dates.IsEmpty ? [Undated] : paper.Paper.Dates.AsEnumerable()).Select(date => (Date: ListingDate.Parse(date), paper)))
            .GroupBy(item => item.Date)
            .OrderBy(group => group.Key, ListingDate.Chronological)
            .Select(group => new TimelineEntry(group.Key, [.. group.Select(item => item.paper)]))
            .ToImmutableArray();

    /// <summary>Every paper that mentions the entity, once, in corpus order, with its strongest relation (PROPOSES over USES).</summary>
    public static ImmutableArray<MentioningPaper> MentioningPapers(KnowledgeGraph graph, GraphNode node) =>
        graph.IncidentEdges(node)
            .Where(edge => edge.Source.IsPaper && ReferenceEquals(edge.Target, node))
            .GroupBy(edge => edge.Source)
            .Select(group => new MentioningPaper(group.Key, group.Min(edge => edge.Type)))
            .OrderBy(paper => paper.Paper.Id)
            .ToImmutableArray();
}
