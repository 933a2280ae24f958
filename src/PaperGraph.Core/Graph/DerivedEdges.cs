using System.Collections.Immutable;
using PaperGraph.Graph.Storage;

namespace PaperGraph.Graph;

/// <summary>
/// Edges derived from the paper edges: CO_OCCURS between entities of the same paper (weight = papers in common,
/// score = PMI), APPLIES (proposed method → technique of its paper) and EVALUATED_ON (proposed method → dataset).
/// Each lists at most <see cref="MaxListedPapers"/> of its papers; the weight keeps the exact count.
/// </summary>
/// <remarks>
/// Listing every paper of every pair grows with papers × entities², and a sample is enough to show evidence.
/// Pairs are counted in a map from a packed 64-bit key to a slot, then the papers are listed in a second walk over the
/// papers, so no pair holds a list object: at a million papers there are millions of pairs.
/// </remarks>
internal static class DerivedEdges
{
    public const int MaxListedPapers = 20;

    public static void Add(EdgeTable.Builder edges, ImmutableArray<GraphNode> nodes, int paperCount)
    {
        if (nodes.Length >= 1 << 30)
        {
            throw new InvalidOperationException("graphs of more than 2^30 nodes are not supported");
        }
        var paperEdgeCount = edges.Count;
        var slots = new Dictionary<long, int>(MixedKeyComparer.Instance);
        var counts = new List<int>();
        var entities = new List<int>();
        var proposed = new List<int>();

        void Walk(Action<long, int> visit)
        {
            var edge = 0;
            while (edge < paperEdgeCount && nodes[edges.SourceAt(edge)].IsPaper)
            {
                var paper = edges.SourceAt(edge);
                entities.Clear();
                proposed.Clear();
                for (; edge < paperEdgeCount && edges.SourceAt(edge) == paper; edge++)
                {
                    var target = edges.TargetAt(edge);
                    if (!entities.Contains(target))
                    {
                        entities.Add(target);
                    }
                    if (edges.TypeAt(edge) == RelationType.Proposes && !proposed.Contains(target))
                    {
                        proposed.Add(target);
                    }
                }
                entities.Sort();
                for (var i = 0; i < entities.Count; i++)
                {
                    for (var j = i + 1; j < entities.Count; j++)
                    {
                        visit(Key(0, entities[i], entities[j], 0), paper);
                    }
                }
                foreach (var method in proposed)
                {
                    foreach (var other in entities)
                    {
                        switch (nodes[other].Kind)
                        {
                            case NodeKind.Technique:
                                visit(Key(1, method, other, 0), paper);
                                break;
                            case NodeKind.Dataset:
                                visit(Key(1, method, other, 1), paper);
                                break;
                        }
                    }
                }
            }
        }

        Walk((key, _) =>
        {
            if (slots.TryGetValue(key, out var slot))
            {
                counts[slot]++;
            }
            else
            {
                slots[key] = counts.Count;
                counts.Add(1);
            }
        });

        var listStart = new int[counts.Count + 1];
        for (var slot = 0; slot < counts.Count; slot++)
        {
            listStart[slot + 1] = listStart[slot] + Math.Min(counts[slot], MaxListedPapers);
        }
        var listed = new int[listStart[^1]];
        var filled = new int[counts.Count];
        Walk((key, paper) =>
        {
            var slot = slots[key];
            if (filled[slot] < MaxListedPapers)
            {
                listed[listStart[slot] + filled[slot]++] = paper;
            }
        });

        var keys = new long[slots.Count];
        var order = new int[slots.Count];
        var k = 0;
        foreach (var (key, slot) in slots)
        {
            keys[k] = key;
            order[k++] = slot;
        }
        slots.Clear();
        Array.Sort(keys, order);
        for (var i = 0; i < keys.Length; i++)
        {
            var (group, a, b, bit) = Unpack(keys[i]);
            var slot = order[i];
            for (var j = listStart[slot]; j < listStart[slot + 1]; j++)
            {
                edges.AddPaper(listed[j]);
            }
            var count = counts[slot];
            if (group == 0)
            {
                edges.AddEdge(a, b, RelationType.CoOccurs, count, Pmi(count, nodes[a].PaperCount, nodes[b].PaperCount, paperCount));
            }
            else
            {
                edges.AddEdge(a, b, bit == 0 ? RelationType.Applies : RelationType.EvaluatedOn, count, 0);
            }
        }
    }

    // group (1 bit) | a (30 bits) | b (30 bits) | type bit (1 bit): sorting the keys orders all CO_OCCURS edges by
    // their ends, then APPLIES and EVALUATED_ON by (method, other).
    private static long Key(int group, int a, int b, int bit) => (long)group << 61 | (long)a << 31 | (long)b << 1 | (long)bit;

    private static (int Group, int A, int B, int Bit) Unpack(long key) =>
        ((int)(key >> 61), (int)((key >> 31) & 0x3FFF_FFFF), (int)((key >> 1) & 0x3FFF_FFFF), (int)(key & 1));

    /// <summary>
    /// The packed keys put both node ids in overlapping halves of the long, so <see cref="long.GetHashCode"/> (the
    /// halves XORed) collides for whole families of pairs and the map degrades to long chains: 40 s instead of 1 s on
    /// 100k papers. A multiplicative mix spreads them.
    /// </summary>
    private sealed class MixedKeyComparer : IEqualityComparer<long>
    {
        public static readonly MixedKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }

    /// <summary>Pointwise mutual information, log2(P(a,b) / (P(a) P(b))), over papers.</summary>
    public static double Pmi(int together, int countA, int countB, int papers) =>
        together == 0 || countA == 0 || countB == 0 || papers == 0
            ? 0
            : Math.Log2((double)together * papers / ((double)countA * countB));
}
