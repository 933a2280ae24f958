using System.Collections.Immutable;
using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>timeline X</c>: the listing dates of the papers that mention X, in date order.</summary>
internal sealed class TimelineRenderer : ResultRenderer<TimelineRenderer.Listing>
{
    /// <summary>The dates of <paramref name="Node"/>'s papers.</summary>
    public sealed record Listing(GraphNode Node, ImmutableArray<TimelineEntry> Timeline)
    {
        /// <summary>Papers once each, though a paper listed on two dates is under both.</summary>
        public int PaperCount => Timeline.SelectMany(entry => entry.Papers.Select(paper => paper.Paper)).Distinct().Count();
    }

    public static TimelineRenderer Instance { get; } = new();

    public override object ToJson(Listing listing) => new
    {
        entity = NodeJson.From(listing.Node),
        paper_count = listing.PaperCount,
        dates = listing.Timeline.Select(entry => new
        {
            date = entry.Date.Text,
            sortable = entry.Date.Sortable,
            papers = entry.Papers.Select(paper => new { kind = "paper", key = paper.Paper.Key, name = paper.Paper.Name, relation = paper.Relation.ToName() }),
        }),
    };

    public override void WriteText(TextWriter output, Listing listing)
    {
        output.WriteLine($"{NodeText.Describe(listing.Node)}: {"paper".ToQuantity(listing.PaperCount)} on {"date".ToQuantity(listing.Timeline.Length)}");
        foreach (var entry in listing.Timeline)
        {
            output.WriteLine($"{entry.Date.Text}  ({"paper".ToQuantity(entry.Papers.Length)})");
            foreach (var paper in entry.Papers)
            {
                var role = paper.Relation == RelationType.Proposes ? "  [proposes]" : "";
                output.WriteLine($"  {NodeText.Paper(paper.Paper)}{role}");
            }
        }
    }
}
