using System.Collections.Immutable;

namespace PaperGraph.Graph;

/// <summary>
/// Edges derived from the paper edges: CO_OCCURS between entities of the same paper (weight = papers in common,
/// score = PMI), APPLIES (proposed method → technique of its paper) and EVALUATED_ON (proposed method → dataset).
/// </summary>
internal static class DerivedEdges
{
    public static void Add(ImmutableArray<GraphEdge>.Builder edges, ImmutableArray<GraphNode> nodes, int paperCount)
    {
        var byPaper = new Dictionary<GraphNode, List<GraphEdge>>();
        foreach (var edge in edges)
        {
            if (!edge.Source.IsPaper)
            {
                continue;
            }
            if (!byPaper.TryGetValue(edge.Source, out var list))
            {
                byPaper[edge.Source] = list = [];
            }
            list.Add(edge);
        }

        var together = new Dictionary<(int, int), PaperTally>();
        var applies = new Dictionary<(int, int, RelationType), List<string>>();
        foreach (var (paper, links) in byPaper)
        {
            var entities = links.Select(link => link.Target).Distinct().OrderBy(node => node.Id).ToList();
            for (var i = 0; i < entities.Count; i++)
            {
                for (var j = i + 1; j < entities.Count; j++)
                {
                    var pair = (entities[i].Id, entities[j].Id);
                    if (!together.TryGetValue(pair, out var tally))
                    {
                        together[pair] = tally = new PaperTally();
                    }
                    tally.Add(paper.Key);
                }
            }
            foreach (var proposed in links.Where(link => link.Type == RelationType.Proposes))
            {
                foreach (var other in links)
                {
                    var type = other.Target.Kind switch
                    {
                        NodeKind.Technique => RelationType.Applies,
                        NodeKind.Dataset => RelationType.EvaluatedOn,
                        _ => (RelationType?)null,
                    };
                    if (type is { } relation)
                    {
                        var key = (proposed.Target.Id, other.Target.Id, relation);
                        if (!applies.TryGetValue(key, out var papers))
                        {
                            applies[key] = papers = [];
                        }
                        papers.Add(paper.Key);
                    }
                }
            }
        }

        foreach (var ((a, b), tally) in together.OrderBy(pair => pair.Key))
        {
            var source = nodes[a];
            var target = nodes[b];
            var pmi = Pmi(tally.Count, source.PaperCount, target.PaperCount, paperCount);
            edges.Add(new GraphEdge(source, target, RelationType.CoOccurs, [], [.. tally.Papers], tally.Count, pmi));
        }
        foreach (var ((a, b, type), papers) in applies.OrderBy(pair => pair.Key))
        {
            edges.Add(new GraphEdge(nodes[a], nodes[b], type, [], [.. papers], papers.Count, 0));
        }
    }

    /// <summary>Papers in common: all counted, the first <see cref="MaxListedPapers"/> listed (the weight keeps the count).</summary>
    /// <remarks>Listing every paper of every pair grows with papers × entities²; a sample is enough to show evidence.</remarks>
    private sealed class PaperTally
    {
        public const int MaxListedPapers = 20;

        public int Count { get; private set; }
        public List<string> Papers { get; } = [];

        public void Add(string paper)
        {
            Count++;
            if (Papers.Count < MaxListedPapers)
            {
                Papers.Add(paper);
            }
        }
    }

    /// <summary>Pointwise mutual information, log2(P(a,b) / (P(a) P(b))), over papers.</summary>
    public static double Pmi(int together, int countA, int countB, int papers) =>
        together == 0 || countA == 0 || countB == 0 || papers == 0
            ? 0
            : Math.Log2((double)together * papers / ((double)countA * countB));
}
