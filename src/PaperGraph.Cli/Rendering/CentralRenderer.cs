using System.Collections.Immutable;
using PaperGraph.Cli.Commands;
using PaperGraph.Query.Ranking;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>central</c>: the entities ranked by one centrality measure, with the others beside it.</summary>
internal sealed class CentralRenderer : ResultRenderer<CentralRenderer.Listing>
{
    /// <summary>The ranking by <paramref name="Measure"/>.</summary>
    public sealed record Listing(CentralityMeasure Measure, ImmutableArray<CentralEntity> Ranked)
    {
        public string MeasureName => Measure.ToString().ToLowerInvariant();
    }

    public static CentralRenderer Instance { get; } = new();

    public override object ToJson(Listing listing) => new
    {
        measure = listing.MeasureName,
        entities = listing.Ranked.Select((entity, index) => new
        {
            rank = index + 1,
            kind = NodeText.Kind(entity.Node),
            key = entity.Node.Key,
            name = entity.Node.Name,
            paper_count = entity.Node.PaperCount,
            pagerank = Math.Round(entity.PageRank, 6),
            degree = entity.Degree,
            betweenness = entity.Betweenness is { } value ? EvidenceJson.Round(value) : (double?)null,
        }),
    };

    public override void WriteText(TextWriter output, Listing listing)
    {
        output.WriteLine($"Most central by {listing.MeasureName} (on the co-occurrence graph):");
        var withBetweenness = listing.Measure == CentralityMeasure.Betweenness;
        output.WriteLine($"  {"rank",4} {"pagerank",9} {"degree",6}{(withBetweenness ? $" {"betweenness",11}" : "")}  entity");
        for (var i = 0; i < listing.Ranked.Length; i++)
        {
            var entity = listing.Ranked[i];
            var betweenness = withBetweenness ? $" {entity.Betweenness,11:0.0}" : "";
            output.WriteLine($"  {i + 1,4} {entity.PageRank,9:0.00000} {entity.Degree,6}{betweenness}  {entity.Node.Name} ({NodeText.Kind(entity.Node)}, {entity.Node.PaperCount} papers)");
        }
    }
}
