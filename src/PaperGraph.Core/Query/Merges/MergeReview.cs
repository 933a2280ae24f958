using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Query.Merges;

/// <summary>
/// The merges to review: those the builder made (from <see cref="KnowledgeGraph.Merges"/>), then the candidates it did
/// not make, each pair once with every reason found for it, most likely first, numbered 1, 2, … .
/// </summary>
/// <remarks>
/// Numbers are given before any filter (--kind, --min-score, --top), in an order that depends only on the graph, the
/// lexicon and the generators run, so the same graph and options always number a pair the same, and a filtered
/// listing shows the numbers --accept and --reject take. Merges that only unified a kind (one key, two kinds) are not
/// listed: they merge no names.
/// </remarks>
public static class MergeReview
{
    /// <summary>The generators that need nothing but the graph and the lexicon, in the order their reasons are written.</summary>
    public static ImmutableArray<IMergeCandidateGenerator> StandardGenerators { get; } =
    [
        new AcronymLongFormCandidates(),
        new SpellingVariantCandidates(),
        new PluralSingularCandidates(),
        new LexiconSynonymCandidates(),
        new HomonymCandidates(),
        new NearDuplicateCandidates(),
    ];

    /// <param name="scope">The graph and lexicon.</param>
    /// <param name="generators">The generators to run, in the order their reasons are written.</param>
    /// <param name="finished">Called after each generator with its name, how many pairs it proposed and how long it took (progress).</param>
    public static ImmutableArray<MergeCandidate> List(MergeScope scope, IEnumerable<IMergeCandidateGenerator> generators, Action<string, int, TimeSpan>? finished = null)
    {
        var graph = scope.Graph;
        var made = graph.Merges
            .Where(merge => merge.Key != merge.MergedKey)
            .Select(merge => (merge, node: graph.TryGetNode(merge.Kind, merge.MergedKey, out var node) ? node : null))
            .Where(item => item.node is not null)
            .OrderBy(item => item.merge.Kind).ThenBy(item => item.merge.MergedKey, StringComparer.Ordinal).ThenBy(item => item.merge.Key, StringComparer.Ordinal)
            .Select(item => (Node: item.node!, Name: AliasNamed(item.node!, item.merge.Key), item.merge.Reason))
            .ToList();

        var pairs = new Dictionary<(int, int), (GraphNode Left, GraphNode Right, List<string> Reasons, double Score)>();
        foreach (var generator in generators)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var count = 0;
            foreach (var proposal in generator.Propose(scope))
            {
                count++;
                scope.Cancellation.ThrowIfCancellationRequested();
                if (proposal.Left == proposal.Right || proposal.Left.Kind != proposal.Right.Kind || proposal.Left.IsPaper)
                {
                    continue;
                }
                // The node named by more papers stands first: it is the one the other becomes an alias of.
                var (left, right) = First(proposal.Left, proposal.Right) ? (proposal.Left, proposal.Right) : (proposal.Right, proposal.Left);
                var id = (left.Id, right.Id);
                if (pairs.TryGetValue(id, out var found))
                {
                    if (!found.Reasons.Contains(proposal.Reason))
                    {
                        found.Reasons.Add(proposal.Reason);
                    }
                    pairs[id] = found with { Score = Math.Max(found.Score, proposal.Score) };
                }
                else
                {
                    pairs[id] = (left, right, [proposal.Reason], proposal.Score);
                }
            }
            finished?.Invoke(generator.GetType().Name, count, clock.Elapsed);
        }
        var proposed = pairs.Values
            .OrderByDescending(pair => Math.Round(pair.Score, 4)).ThenBy(pair => pair.Left.Kind)
            .ThenBy(pair => pair.Left.Key, StringComparer.Ordinal).ThenBy(pair => pair.Right.Key, StringComparer.Ordinal);

        var number = 0;
        return
        [
            .. made.Select(item => new MergeCandidate(++number, item.Node.Kind, item.Node, null, item.Name, $"merged by the builder: {item.Reason}", 1.0, Made: true)),
            .. proposed.Select(pair => new MergeCandidate(++number, pair.Left.Kind, pair.Left, pair.Right, pair.Right.Name, string.Join("; ", pair.Reasons), Math.Round(pair.Score, 2), Made: false)),
        ];
    }

    /// <summary>The listing a user asked for: a kind, a least score, at most <paramref name="top"/> candidates; numbers kept.</summary>
    public static ImmutableArray<MergeCandidate> Filter(ImmutableArray<MergeCandidate> candidates, EntityKind? kind, double minScore, int? top) =>
        [.. candidates.Where(candidate => (kind is null || candidate.Kind == kind) && candidate.Score >= minScore).Take(top ?? int.MaxValue)];

    private static bool First(GraphNode a, GraphNode b) =>
        a.PaperCount != b.PaperCount ? a.PaperCount > b.PaperCount : string.CompareOrdinal(a.Key, b.Key) <= 0;

    /// <summary>The alias of <paramref name="node"/> that the merged key came from, as written in a paper; the key if none.</summary>
    private static string AliasNamed(GraphNode node, string mergedKey) =>
        node.Aliases.FirstOrDefault(alias => MergeScope.KeyOf(alias) == mergedKey) ?? (node.LongForm is { } longForm && MergeScope.KeyOf(longForm) == mergedKey ? longForm : mergedKey);
}
