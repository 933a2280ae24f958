using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Query.Ranking;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>communities</c>: the clusters shown, out of how many of at least the minimum size.</summary>
internal sealed class CommunitiesRenderer : ResultRenderer<CommunitiesRenderer.Listing>
{
    private const int MembersShown = 12;

    /// <summary>The communities shown (<c>--top</c>) of <paramref name="Total"/> with at least <paramref name="MinSize"/> entities.</summary>
    public sealed record Listing(int MinSize, int Total, IReadOnlyList<Community> Shown);

    public static CommunitiesRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, Listing listing)
    {
        output.WriteLine($"{"community".ToQuantity(listing.Total)} of at least {"entity".ToQuantity(listing.MinSize)}");
        foreach (var community in listing.Shown)
        {
            output.WriteLine();
            output.WriteLine($"#{community.Number} {community.Name}  ({"entity".ToQuantity(community.Members.Length)}, {"paper".ToQuantity(community.PaperCount)})");
            var members = community.Members.Take(MembersShown).Select(NodeText.Describe);
            var more = community.Members.Length > MembersShown ? $", … {community.Members.Length - MembersShown} more" : "";
            output.WriteLine($"   {string.Join(", ", members)}{more}");
        }
    }

    public override object ToJson(Listing listing) => new
    {
        min_size = listing.MinSize,
        communities = listing.Shown.Select(community => new
        {
            number = community.Number,
            name = community.Name,
            size = community.Members.Length,
            paper_count = community.PaperCount,
            members = community.Members.Select(NodeJson.From),
        }),
    };
}
