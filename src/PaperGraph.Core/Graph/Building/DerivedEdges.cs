using System.Collections.Immutable;
using PaperGraph.Graph.Storage;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// Edges derived from the paper edges: CO_OCCURS between entities of the same paper (weight = papers in common,
/// score = PMI), APPLIES (proposed method → technique of its paper) and EVALUATED_ON (proposed method → dataset).
/// Each lists at most <see cref="MaxListedPapers"/> of its papers, the first ones; the weight keeps the exact count.
/// </summary>
/// <remarks>
/// Listing every paper of every pair grows with papers × entities², and a sample is enough to show evidence.
/// Pairs are counted one entity at a time, like a sparse matrix product: for entity a, walk its papers and count
/// every later entity b in a dense array indexed by node id. The array stays in cache, no map of millions of pairs
/// is needed, and the edges come out already ordered by (a, b).
/// </remarks>
internal static class DerivedEdges
{
    public const int MaxListedPapers = 20;

    public static void Add(EdgeTable.Builder edges, ImmutableArray<GraphNode> nodes, int paperCount, CancellationToken cancellationToken = default)
    {
        var (paperStart, paperEntities) = EntitiesOfPapers(edges, nodes.Length, paperCount);
        var (entityStart, entityPapers, proposedStart, proposedPapers) = PapersOfEntities(edges, nodes.Length, paperStart, paperEntities);
        var counter = new PairCounter(nodes.Length);

        for (var a = paperCount; a < nodes.Length; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = entityStart[a]; i < entityStart[a + 1]; i++)
            {
                var paper = entityPapers[i];
                for (var j = paperStart[paper]; j < paperStart[paper + 1]; j++)
                {
                    if (paperEntities[j] > a)
                    {
                        counter.Count(paperEntities[j], paper);
                    }
                }
            }
            counter.Emit((b, count) =>
                edges.AddEdge(a, b, RelationType.CoOccurs, count, Pmi(count, nodes[a].PaperCount, nodes[b].PaperCount, paperCount)), edges);
        }

        for (var a = paperCount; a < nodes.Length; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = proposedStart[a]; i < proposedStart[a + 1]; i++)
            {
                var paper = proposedPapers[i];
                for (var j = paperStart[paper]; j < paperStart[paper + 1]; j++)
                {
                    if (nodes[paperEntities[j]].Kind is EntityKind.Technique or EntityKind.Dataset)
                    {
                        counter.Count(paperEntities[j], paper);
                    }
                }
            }
            counter.Emit((b, count) =>
                edges.AddEdge(a, b, nodes[b].Kind == EntityKind.Technique ? RelationType.Applies : RelationType.EvaluatedOn, count, 0), edges);
        }
    }

    /// <summary>Each paper's distinct entities, ascending, from its paper edges (which come first, paper by paper).</summary>
    private static (int[] Start, int[] Entities) EntitiesOfPapers(EdgeTable.Builder edges, int nodeCount, int paperCount)
    {
        var start = new int[paperCount + 1];
        var entities = new List<int>();
        var row = new List<int>();
        var edge = 0;
        for (var paper = 0; paper < paperCount; paper++)
        {
            row.Clear();
            for (; edge < edges.Count && edges.SourceAt(edge) == paper; edge++)
            {
                var target = edges.TargetAt(edge);
                if ((uint)target >= (uint)nodeCount)
                {
                    throw new InvalidOperationException("a paper edge points outside the graph");
                }
                row.Add(target);
            }
            row.Sort();
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0 || row[i] != row[i - 1])
                {
                    entities.Add(row[i]);
                }
            }
            start[paper + 1] = entities.Count;
        }
        return (start, [.. entities]);
    }

    /// <summary>Each entity's papers in paper order, and separately the papers that propose it.</summary>
    private static (int[] Start, int[] Papers, int[] ProposedStart, int[] Proposed) PapersOfEntities(EdgeTable.Builder edges, int nodeCount, int[] paperStart, int[] paperEntities)
    {
        var start = new int[nodeCount + 1];
        foreach (var entity in paperEntities)
        {
            start[entity + 1]++;
        }
        for (var n = 0; n < nodeCount; n++)
        {
            start[n + 1] += start[n];
        }
        var papers = new int[paperEntities.Length];
        var fill = start[..^1];
        for (var paper = 0; paper + 1 < paperStart.Length; paper++)
        {
            for (var j = paperStart[paper]; j < paperStart[paper + 1]; j++)
            {
                papers[fill[paperEntities[j]]++] = paper;
            }
        }

        var proposedStart = new int[nodeCount + 1];
        var proposing = new List<(int Entity, int Paper)>();
        for (var edge = 0; edge < edges.Count && edges.SourceAt(edge) < paperStart.Length - 1; edge++)
        {
            if (edges.TypeAt(edge) == RelationType.Proposes)
            {
                proposing.Add((edges.TargetAt(edge), edges.SourceAt(edge)));
            }
        }
        // Sorted by (entity, paper): each entity's papers stay in paper order.
        proposing.Sort();
        var ordered = new List<(int Entity, int Paper)>(proposing.Count);
        foreach (var item in proposing)
        {
            if (ordered.Count == 0 || ordered[^1] != item)
            {
                ordered.Add(item);
            }
        }
        foreach (var (entity, _) in ordered)
        {
            proposedStart[entity + 1]++;
        }
        for (var n = 0; n < nodeCount; n++)
        {
            proposedStart[n + 1] += proposedStart[n];
        }
        return (start, papers, proposedStart, [.. ordered.Select(item => item.Paper)]);
    }

    /// <summary>Counts the partners of one entity at a time in dense arrays, keeping the first papers of each pair.</summary>
    private sealed class PairCounter(int nodeCount)
    {
        private readonly int[] _count = new int[nodeCount];
        private readonly int[] _block = new int[nodeCount];
        private readonly List<int> _touched = [];
        private int[] _listed = new int[MaxListedPapers * 1024];
        private int _listedEnd;

        public void Count(int partner, int paper)
        {
            var count = _count[partner];
            if (count == 0)
            {
                _touched.Add(partner);
                if (_listedEnd + MaxListedPapers > _listed.Length)
                {
                    Array.Resize(ref _listed, 2 * _listed.Length);
                }
                _block[partner] = _listedEnd;
                _listedEnd += MaxListedPapers;
            }
            if (count < MaxListedPapers)
            {
                _listed[_block[partner] + count] = paper;
            }
            _count[partner] = count + 1;
        }

        /// <summary>Lists each partner's papers and hands it to <paramref name="addEdge"/>, partners ascending; then resets.</summary>
        public void Emit(Action<int, int> addEdge, EdgeTable.Builder edges)
        {
            _touched.Sort();
            foreach (var partner in _touched)
            {
                var count = _count[partner];
                for (var i = 0; i < Math.Min(count, MaxListedPapers); i++)
                {
                    edges.AddPaper(_listed[_block[partner] + i]);
                }
                addEdge(partner, count);
                _count[partner] = 0;
            }
            _touched.Clear();
            _listedEnd = 0;
        }
    }

    /// <summary>Pointwise mutual information, log2(P(a,b) / (P(a) P(b))), over papers.</summary>
    public static double Pmi(int together, int countA, int countB, int papers) =>
        together == 0 || countA == 0 || countB == 0 || papers == 0
            ? 0
            : Math.Log2((double)together * papers / ((double)countA * countB));
}
