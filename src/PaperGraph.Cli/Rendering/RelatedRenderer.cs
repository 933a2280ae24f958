using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>related X</c>: the entities most associated with X, with scores and an example shared paper.</summary>
internal sealed class RelatedRenderer : ResultRenderer<RelatedRenderer.Listing>
{
    /// <summary>The entities related to <paramref name="Node"/>; the graph names their example papers.</summary>
    public sealed record Listing(KnowledgeGraph Graph, GraphNode Node, IReadOnlyList<RelatedEntity> Related);

    public static RelatedRenderer Instance { get; } = new();

    /// <summary>One related entity as JSON; <c>show</c> lists its related entities in the same shape.</summary>
    public static object Json(RelatedEntity related) => new
    {
        kind = NodeText.Kind(related.Node),
        key = related.Node.Key,
        name = related.Node.Name,
        shared_papers = related.SharedPapers,
        pmi = EvidenceJson.Round(related.Pmi),
        jaccard = EvidenceJson.Round(related.Jaccard),
        score = EvidenceJson.Round(related.Score),
        papers = related.Papers,
    };

    public override object ToJson(Listing listing) => new { entity = NodeJson.From(listing.Node), related = listing.Related.Select(Json) };

    public override void WriteText(TextWriter output, Listing listing)
    {
        var (graph, node, related) = listing;
        if (related.Count == 0)
        {
            output.WriteLine($"{NodeText.Describe(node)} shares no paper with another entity.");
            return;
        }
        output.WriteLine($"Most associated with {NodeText.Describe(node)} (score = papers in common × PMI):");
        output.WriteLine($"  {"score",7} {"PMI",6} {"Jaccard",7} {"papers",6}  entity");
        foreach (var item in related)
        {
            output.WriteLine($"  {item.Score,7:0.00} {item.Pmi,6:0.00} {item.Jaccard,7:0.00} {item.SharedPapers,6}  {NodeText.Describe(item.Node)}");
            if (graph.TryGetNode(EntityKind.Paper, item.Papers[0], out var paper))
            {
                output.WriteLine($"  {"",29}e.g. {NodeText.Shorten(paper.Name)}");
            }
        }
    }
}
