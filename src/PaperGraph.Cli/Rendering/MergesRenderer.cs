using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Merges;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>merges</c>: merges the builder made and candidates it did not make, numbered, with papers on both sides.</summary>
internal sealed class MergesRenderer : ResultRenderer<MergesRenderer.Listing>
{
    /// <summary>How many papers of each side are shown as evidence.</summary>
    public const int PapersPerSide = 3;

    /// <param name="Graph">The graph the candidates are in; it names their papers.</param>
    /// <param name="Candidates">The candidates listed, after the filters.</param>
    /// <param name="Total">Candidates in the full listing, before --kind, --min-score and --top.</param>
    /// <param name="EmbeddingsUsed">The 'same meaning' generator ran.</param>
    public sealed record Listing(KnowledgeGraph Graph, IReadOnlyList<MergeCandidate> Candidates, int Total, bool EmbeddingsUsed)
    {
        private readonly Dictionary<GraphNode, GraphNode[]> _papers = [];

        /// <summary>A few papers of a node, found once however many candidates it is in (a common name is in thousands).</summary>
        public GraphNode[] PapersOf(GraphNode node)
        {
            if (!_papers.TryGetValue(node, out var papers))
            {
                _papers[node] = papers = [.. Graph.IncidentEdges(node).Where(edge => edge.Source.IsPaper && ReferenceEquals(edge.Target, node))
                    .Select(edge => edge.Source).Distinct().OrderBy(paper => paper.Id).Take(PapersPerSide)];
            }
            return papers;
        }
    }

    public static MergesRenderer Instance { get; } = new();

    public override object ToJson(Listing listing) => new
    {
        total = listing.Total,
        embeddings = listing.EmbeddingsUsed,
        candidates = listing.Candidates.Select(candidate => new
        {
            number = candidate.Number,
            made = candidate.Made,
            kind = candidate.Kind.ToName(),
            score = candidate.Score,
            reason = candidate.Reason,
            left = Side(listing, candidate.Left),
            right = candidate.Right is { } right ? Side(listing, right) : new { key = candidate.RightName, name = candidate.RightName, kind = candidate.Kind.ToName(), paper_count = 0, aliases = Array.Empty<string>(), papers = Array.Empty<object>() },
        }),
    };

    public override void WriteText(TextWriter output, Listing listing)
    {
        if (listing.Candidates.Count == 0)
        {
            output.WriteLine(listing.Total == 0 ? "No merges made and no candidates found." : $"None of the {listing.Total} merges and candidates matches the filters.");
            return;
        }
        output.WriteLine($"{listing.Candidates.Count} of {listing.Total} merges and candidates (accept with --accept N, reject with --reject N):");
        foreach (var candidate in listing.Candidates)
        {
            output.WriteLine();
            var status = candidate.Made ? "merged" : $"score {candidate.Score:0.00}";
            output.WriteLine($"#{candidate.Number}  [{status}]  {NodeText.Kind(candidate.Left)}: {candidate.Left.Name}  <->  {candidate.RightName}");
            foreach (var reason in candidate.Reason.Split("; "))
            {
                output.WriteLine($"    why: {reason}");
            }
            WriteSide(output, listing, candidate.Left);
            if (candidate.Right is { } right)
            {
                WriteSide(output, listing, right);
            }
        }
        if (!listing.EmbeddingsUsed)
        {
            output.WriteLine();
            output.WriteLine("(Sentence embeddings were not used: 'same meaning in other words' candidates are not listed.)");
        }
    }

    private static void WriteSide(TextWriter output, Listing listing, GraphNode node)
    {
        var aliases = node.Aliases.IsEmpty ? "" : $", aliases: {string.Join(", ", node.Aliases)}";
        output.WriteLine($"    {node.Name} ({NodeText.Kind(node)}, {node.PaperCount} paper(s){aliases})");
        foreach (var paper in listing.PapersOf(node))
        {
            output.WriteLine($"      {NodeText.Shorten(NodeText.Paper(paper), 90)}");
        }
    }

    private static object Side(Listing listing, GraphNode node) => new
    {
        key = node.Key,
        name = node.Name,
        kind = NodeText.Kind(node),
        paper_count = node.PaperCount,
        aliases = node.Aliases,
        papers = listing.PapersOf(node).Select(paper => new { id = paper.Key, title = paper.Name }).ToArray<object>(),
    };
}
