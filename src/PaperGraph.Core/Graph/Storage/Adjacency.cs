namespace PaperGraph.Graph.Storage;

/// <summary>
/// Each node's incident edges in compressed sparse rows: <c>Edge[Start[n] .. Start[n + 1]]</c>, with the node at the
/// other end alongside in <see cref="Neighbor"/>. A node's row has three parts: paper edges, then IS_A, then the
/// other entity-to-entity edges.
/// </summary>
/// <remarks>
/// The parts are what the queries walk: a path goes over paper edges and IS_A (the first two parts, contiguous), a
/// neighbourhood over entity-to-entity edges (the last two), so neither scans the other's edges on a hub entity with a
/// hundred thousand papers. Within a part, edges are ordered by weight (descending), then the other end's id, then the
/// edge id, which makes every walk deterministic and finds well-attested hops first.
/// </remarks>
internal sealed class Adjacency
{
    public required Column<int> Start { get; init; }

    /// <summary>Per node: where IS_A edges begin in its row (the end of its paper edges).</summary>
    public required Column<int> TaxonomyStart { get; init; }

    /// <summary>Per node: where the other entity-to-entity edges begin in its row (the end of its IS_A edges).</summary>
    public required Column<int> ConceptStart { get; init; }

    public required Column<int> Edge { get; init; }
    public required Column<int> Neighbor { get; init; }

    public static int PartOf(RelationType type) => type switch
    {
        RelationType.Proposes or RelationType.Uses or RelationType.EvaluatesOn or RelationType.Addresses => 0,
        RelationType.IsA => 1,
        _ => 2,
    };

    public static Adjacency Build(int nodeCount, EdgeTable edges)
    {
        var start = HugePages.AllocateUninitialized<int>(nodeCount + 1, pinned: true);
        Array.Clear(start);
        for (var e = 0; e < edges.Count; e++)
        {
            start[edges.Source[e] + 1]++;
            if (edges.Target[e] != edges.Source[e])
            {
                start[edges.Target[e] + 1]++;
            }
        }
        for (var n = 0; n < nodeCount; n++)
        {
            start[n + 1] += start[n];
        }
        var fill = start[..^1];
        // Every slot is written below.
        var edge = HugePages.AllocateUninitialized<int>(start[nodeCount], pinned: true);
        var neighbor = HugePages.AllocateUninitialized<int>(start[nodeCount], pinned: true);
        for (var e = 0; e < edges.Count; e++)
        {
            var source = edges.Source[e];
            var target = edges.Target[e];
            edge[fill[source]] = e;
            neighbor[fill[source]++] = target;
            if (target != source)
            {
                edge[fill[target]] = e;
                neighbor[fill[target]++] = source;
            }
        }

        // Both written for every node below.
        var taxonomyStart = HugePages.AllocateUninitialized<int>(nodeCount, pinned: true);
        var conceptStart = HugePages.AllocateUninitialized<int>(nodeCount, pinned: true);
        var keys = Array.Empty<ulong>();
        for (var n = 0; n < nodeCount; n++)
        {
            var from = start[n];
            var length = start[n + 1] - from;
            if (length > 1)
            {
                if (keys.Length < length)
                {
                    keys = new ulong[Math.Max(length, 2 * keys.Length)];
                }
                SortRow(edges, edge.AsSpan(from, length), neighbor.AsSpan(from, length), keys.AsSpan(0, length));
            }
            var i = from;
            while (i < start[n + 1] && PartOf(edges.TypeOf(edge[i])) == 0)
            {
                i++;
            }
            taxonomyStart[n] = i;
            while (i < start[n + 1] && PartOf(edges.TypeOf(edge[i])) == 1)
            {
                i++;
            }
            conceptStart[n] = i;
        }
        return new Adjacency
        {
            Start = Column<int>.OfPinned(start),
            TaxonomyStart = Column<int>.OfPinned(taxonomyStart),
            ConceptStart = Column<int>.OfPinned(conceptStart),
            Edge = Column<int>.OfPinned(edge),
            Neighbor = Column<int>.OfPinned(neighbor),
        };
    }

    /// <summary>Sorts one row by (part, weight descending, neighbour, edge id).</summary>
    private static void SortRow(EdgeTable edges, Span<int> edge, Span<int> neighbor, Span<ulong> keys)
    {
        // Part (2 bits), inverted weight (31 bits) and neighbour (31 bits) fill one unsigned long exactly.
        for (var i = 0; i < edge.Length; i++)
        {
            var part = (ulong)PartOf(edges.TypeOf(edge[i]));
            var inverted = (ulong)(int.MaxValue - Math.Max(0, edges.Weight[edge[i]]));
            keys[i] = part << 62 | inverted << 31 | (uint)neighbor[i];
        }
        keys.Sort(edge);
        // Equal keys are parallel edges between the same two nodes: put them in edge id order.
        for (var i = 0; i < edge.Length;)
        {
            var j = i + 1;
            while (j < edge.Length && keys[j] == keys[i])
            {
                j++;
            }
            if (j - i > 1)
            {
                edge[i..j].Sort();
            }
            i = j;
        }
        for (var i = 0; i < edge.Length; i++)
        {
            neighbor[i] = (int)(keys[i] & int.MaxValue);
        }
    }
}
