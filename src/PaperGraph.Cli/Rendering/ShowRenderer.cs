using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>show X</c>: the profile of one entity.</summary>
internal sealed class ShowRenderer : ResultRenderer<EntityProfile>
{
    private const int PapersShown = 20;

    public static ShowRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, EntityProfile profile)
    {
        var node = profile.Node;
        output.WriteLine(NodeText.Describe(node));
        output.WriteLine($"  key:        {node.Key}");
        if (node.LongForm is not null)
        {
            output.WriteLine($"  long form:  {node.LongForm}");
        }
        if (!node.Aliases.IsEmpty)
        {
            output.WriteLine($"  aliases:    {string.Join(", ", node.Aliases)}");
        }
        if (profile.Parent is not null)
        {
            output.WriteLine($"  parent:     {profile.Parent.Name}");
        }
        if (!profile.Children.IsEmpty)
        {
            output.WriteLine($"  children:   {string.Join(", ", profile.Children.Select(child => child.Name))}");
        }
        foreach (var record in profile.Curation)
        {
            output.WriteLine($"  curation:   {record}");
        }
        var proposed = node.ProposedCount > 0 ? $", proposed in {node.ProposedCount}" : "";
        output.WriteLine($"  papers:     {node.PaperCount}{proposed}");
        if (!profile.Relations.IsEmpty)
        {
            output.WriteLine("relations:");
            foreach (var relation in profile.Relations)
            {
                var arrow = relation.Outgoing ? $"-[{relation.Type.ToName()}]->" : $"<-[{relation.Type.ToName()}]-";
                output.WriteLine($"  {arrow} {NodeText.Describe(relation.Other)}  ({"paper".ToQuantity((int)relation.Weight)})");
            }
        }
        if (!profile.Related.IsEmpty)
        {
            output.WriteLine("related:");
            foreach (var related in profile.Related)
            {
                output.WriteLine($"  {NodeText.Describe(related.Node)}  ({"paper".ToQuantity(related.SharedPapers)} in common, PMI {related.Pmi:0.00})");
            }
        }
        output.WriteLine("papers:");
        foreach (var paper in profile.Papers.Take(PapersShown))
        {
            var dates = paper.Paper.Dates.IsEmpty ? "" : $"; {string.Join(", ", paper.Paper.Dates)}";
            output.WriteLine($"  {NodeText.Paper(paper.Paper)}  ({paper.Relation.ToName()}{dates})");
        }
        if (profile.Papers.Length > PapersShown)
        {
            output.WriteLine($"  … {profile.Papers.Length - PapersShown} more (papergraph timeline lists them all)");
        }
    }

    public override object ToJson(EntityProfile profile)
    {
        var node = profile.Node;
        return new
        {
            kind = NodeText.Kind(node),
            key = node.Key,
            name = node.Name,
            aliases = node.Aliases,
            long_form = node.LongForm,
            parent = profile.Parent is null ? null : NodeJson.From(profile.Parent),
            children = profile.Children.Select(NodeJson.From),
            paper_count = node.PaperCount,
            proposed_count = node.ProposedCount,
            curation = profile.Curation.Select(StatsRenderer.CurationJson),
            relations = profile.Relations.Select(relation => new
            {
                type = relation.Type.ToName(),
                direction = relation.Outgoing ? "outgoing" : "incoming",
                other = NodeJson.From(relation.Other),
                weight = EvidenceJson.Round(relation.Weight),
            }),
            related = profile.Related.Select(RelatedRenderer.Json),
            papers = profile.Papers.Select(paper => new { kind = "paper", key = paper.Paper.Key, name = paper.Paper.Name, relation = paper.Relation.ToName(), dates = paper.Paper.Dates }),
        };
    }
}
