using System.Collections.Immutable;
using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Paths;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>path A B</c>: the k best connections, every hop with its evidence, each path's papers once.</summary>
internal sealed class PathRenderer : ResultRenderer<PathRenderer.Listing>
{
    /// <summary>The connections found from <paramref name="Source"/> to <paramref name="Target"/> for <paramref name="Search"/>.</summary>
    public sealed record Listing(GraphNode Source, GraphNode Target, IReadOnlyList<ExplainedPath> Paths, PathSearch Search);

    public static PathRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, Listing listing)
    {
        var (source, target, paths, search) = (listing.Source, listing.Target, listing.Paths, listing.Search);
        var maxHops = search.MaxHops;
        if (source.Id == target.Id)
        {
            output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: 0 hops (the same entity)");
            return;
        }
        if (paths.Count == 0)
        {
            output.WriteLine($"No connection between {NodeText.Describe(source)} and {NodeText.Describe(target)} within {maxHops} hops: no paper links them, directly or through shared entities.");
            return;
        }
        if (paths.Count == 1)
        {
            output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: {paths[0].Hops.Length} hops");
            WritePath(output, paths[0], "");
            WriteFewerThanAsked(output, paths.Count, search.K);
            return;
        }
        output.WriteLine($"{NodeText.Describe(source)} → {NodeText.Describe(target)}: {paths.Count} connections, the best in {paths[0].Hops.Length} hops");
        for (var i = 0; i < paths.Count; i++)
        {
            output.WriteLine();
            output.WriteLine($"connection {i + 1}: {paths[i].Hops.Length} hops");
            WritePath(output, paths[i], "  ");
        }
        WriteFewerThanAsked(output, paths.Count, search.K);
    }

    private static void WriteFewerThanAsked(TextWriter output, int found, int asked)
    {
        if (found < asked)
        {
            output.WriteLine();
            output.WriteLine($"(only {"connection".ToQuantity(found)} within the hop limit: every other one passes through mostly the same papers and entities)");
        }
    }

    private static void WritePath(TextWriter output, ExplainedPath path, string indent)
    {
        foreach (var hop in path.Hops)
        {
            var name = hop.Edge.Type.ToName();
            var arrow = hop.Edge.Type == RelationType.CoOccurs ? $"-[{name}]-" : hop.IsReversed ? $"<-[{name}]-" : $"-[{name}]->";
            var support = hop.Edge.Source.IsPaper || hop.Edge.Papers.IsEmpty ? "" : $"  ({"paper".ToQuantity(hop.Edge.Papers.Length)})";
            output.WriteLine($"{indent}  {NodeText.Describe(hop.From)} {arrow} {NodeText.Describe(hop.To)}{support}");
            if (hop.Evidence.FirstOrDefault() is { } evidence)
            {
                output.WriteLine($"{indent}      {NodeText.Evidence(evidence)}");
            }
            else if (hop.Edge.Type == RelationType.IsA)
            {
                output.WriteLine($"{indent}      (technique taxonomy in the lexicon)");
            }
        }
        if (path.Papers.Length > 0)
        {
            output.WriteLine($"{indent}papers:");
            foreach (var paper in path.Papers)
            {
                output.WriteLine($"{indent}  {NodeText.Paper(paper)}");
            }
        }
    }

    private static object HopJson(PathHop hop) => new
    {
        from = NodeJson.From(hop.From),
        type = hop.Edge.Type.ToName(),
        direction = hop.IsReversed ? "backward" : "forward",
        to = NodeJson.From(hop.To),
        evidence = hop.Evidence.Select(EvidenceJson.From),
        papers = hop.Edge.Papers,
    };

    public override object ToJson(Listing listing)
    {
        var (source, target, paths) = (listing.Source, listing.Target, listing.Paths);
        return new
        {
            from = NodeJson.From(source),
            to = NodeJson.From(target),
            found = paths.Count > 0 || source.Id == target.Id,
            hops = paths.Count > 0 ? paths[0].Hops.Select(HopJson) : source.Id == target.Id ? [] : null,
            paths = paths.Select((path, index) => new
            {
                rank = index + 1,
                hop_count = path.Hops.Length,
                cost = EvidenceJson.Round(path.Cost),
                hops = path.Hops.Select(HopJson),
                papers = path.Papers.Select(NodeJson.From),
            }),
        };
    }
}
