using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Graph.Storage;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// The read-only knowledge graph: papers and entities with typed, evidence-carrying edges.
/// Built by <see cref="Building.GraphBuilder"/> or loaded by <see cref="Persistence.GraphFile"/>; never changed afterwards.
/// </summary>
/// <remarks>
/// Nodes are objects; edges, evidence and adjacency are columns of plain values (<see cref="EdgeTable"/>,
/// <see cref="Adjacency"/>), and evidence sentences are UTF-8 outside the managed heap (<see cref="SentenceText"/>),
/// so a million-paper graph fits in a few gigabytes. <see cref="GraphEdge"/> objects are views made on demand.
/// </remarks>
public sealed partial class KnowledgeGraph
{
    private readonly Lazy<Dictionary<(EntityKind, string), GraphNode>> _byKindAndKey;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _indexes = new();

    internal KnowledgeGraph(ImmutableArray<GraphNode> nodes, EdgeTable edges, Adjacency adjacency, SentenceTable sentences, ImmutableArray<MergedDuplicate> merges, ImmutableArray<Diagnostic> diagnostics)
    {
        Nodes = nodes;
        EdgeTable = edges;
        Adjacency = adjacency;
        Sentences = sentences;
        Merges = merges;
        Diagnostics = diagnostics;
        _byKindAndKey = new(() =>
        {
            var index = new Dictionary<(EntityKind, string), GraphNode>(nodes.Length);
            foreach (var node in nodes)
            {
                index.TryAdd((node.Kind, node.Key), node);
            }
            return index;
        });
    }

    /// <summary>A graph from nodes and edges made by hand (tests, subgraphs); stored in columns like any other.</summary>
    public KnowledgeGraph(ImmutableArray<GraphNode> nodes, IEnumerable<GraphEdge> edges, ImmutableArray<MergedDuplicate> merges, ImmutableArray<Diagnostic> diagnostics)
        : this(nodes, Columns(nodes, edges, out var sentences), sentences, merges, diagnostics)
    {
    }

    private KnowledgeGraph(ImmutableArray<GraphNode> nodes, EdgeTable edges, SentenceTable sentences, ImmutableArray<MergedDuplicate> merges, ImmutableArray<Diagnostic> diagnostics)
        : this(nodes, edges, Adjacency.Build(nodes.Length, edges), sentences, merges, diagnostics)
    {
    }

    public ImmutableArray<GraphNode> Nodes { get; }

    /// <summary>Every edge, in id order.</summary>
    public EdgeList Edges => new(this, null, 0, EdgeTable.Count);

    /// <summary>Entities that were merged across papers (an acronym in one paper, its long form in another).</summary>
    public ImmutableArray<MergedDuplicate> Merges { get; }

    /// <summary>Names several papers propose for different things, kept as separate nodes (homonyms).</summary>
    public ImmutableArray<KeptApart> KeptApart { get; init; } = [];

    /// <summary>
    /// The senses of each name of <see cref="KeptApart"/> (in its order) that are nodes of this graph, in the order of its keys: a
    /// curation merge may have joined a sense into another node, whose key is then not the sense's.
    /// </summary>
    /// <remarks>
    /// Found by kind and key on first use; a loaded file names them by node id instead (version 7 on), so <c>stats</c>
    /// on a million senses does not index every node to find them again. Unset (default) means "find them".
    /// </remarks>
    public ImmutableArray<ImmutableArray<GraphNode>> SensesKeptApart
    {
        get
        {
            if (_sensesKeptApart.IsDefault)
            {
                // A race makes the same array twice; either is kept.
                _sensesKeptApart = [.. KeptApart.Select(kept => kept.Keys.Select(key => TryGetNode(kept.Kind, key, out var node) ? node : null).OfType<GraphNode>().ToImmutableArray())];
            }
            return _sensesKeptApart;
        }
        internal init => _sensesKeptApart = value;
    }

    private ImmutableArray<ImmutableArray<GraphNode>> _sensesKeptApart;

    /// <summary>The curation decisions (docs/curation.md) the build applied, in file order, each with its file and line.</summary>
    public ImmutableArray<CurationRecord> Curation { get; init; } = [];

    /// <summary>Diagnostics from reading and extracting the corpus the graph was built from.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IEnumerable<GraphNode> Papers => Nodes.Where(node => node.IsPaper);
    public IEnumerable<GraphNode> Entities => Nodes.Where(node => !node.IsPaper);

    /// <summary>
    /// True when every pair of entities that share a paper has a CO_OCCURS edge (graphs built from papers); a graph
    /// made by hand may have only some. Path search uses it to step between entities without walking papers.
    /// </summary>
    internal bool CoOccurrenceIsComplete { get; init; }

    internal EdgeTable EdgeTable { get; }
    internal Adjacency Adjacency { get; }
    internal SentenceTable Sentences { get; }

    /// <summary>
    /// What the graph was built from, replayed by an incremental build (<c>build --graph</c>); null for a graph made from
    /// edges, or saved before graph file version 6.
    /// </summary>
    internal ReplayLog? Replay { get; init; }

    /// <summary>Edges touching a node, in either direction: paper edges, then IS_A, then other entity-to-entity edges, each strongest first.</summary>
    public EdgeList IncidentEdges(GraphNode node) => EdgesIn(node.Id, RowParts.All);

    /// <summary>The edges a path may take from a node: its paper edges and IS_A.</summary>
    public EdgeList ExplainableEdges(GraphNode node) => EdgesIn(node.Id, RowParts.Explainable);

    /// <summary>The entity-to-entity edges of a node: IS_A, stated relations and edges derived from papers.</summary>
    public EdgeList ConceptEdges(GraphNode node) => EdgesIn(node.Id, RowParts.Concepts);

    /// <summary>
    /// Parts of a node's row as spans over the graph's columns: what a query walks without making an edge object per
    /// step. The parts must be adjacent in a row (<see cref="RowParts"/>).
    /// </summary>
    public NodeRow Row(int node, RowParts parts)
    {
        var (from, to) = RowRange(node, parts);
        return new NodeRow(Adjacency.Edge.AsSpan(from, to - from), Adjacency.Neighbor.AsSpan(from, to - from));
    }

    /// <summary>How many edges <see cref="Row"/> would hand out: the work of expanding the node.</summary>
    public int RowLength(int node, RowParts parts)
    {
        var (from, to) = RowRange(node, parts);
        return to - from;
    }

    /// <summary>How many edges the graph has; edge ids are 0 .. EdgeCount - 1.</summary>
    public int EdgeCount => EdgeTable.Count;

    public int SourceOf(int edge) => EdgeTable.Source[edge];

    public int TargetOf(int edge) => EdgeTable.Target[edge];

    /// <summary>The end of <paramref name="edge"/> that is not <paramref name="node"/> (the node itself for a self-loop).</summary>
    public int OtherEnd(int edge, int node) => EdgeTable.Source[edge] == node ? EdgeTable.Target[edge] : EdgeTable.Source[edge];

    public RelationType TypeOf(int edge) => EdgeTable.TypeOf(edge);

    /// <summary>Papers in common for CO_OCCURS; mentions for paper edges (<see cref="GraphEdge.Weight"/>).</summary>
    public int WeightOf(int edge) => EdgeTable.Weight[edge];

    /// <summary>Association score (PMI) for CO_OCCURS; 0 elsewhere.</summary>
    public double ScoreOf(int edge) => EdgeTable.Score[edge];

    /// <summary>The papers of the corpus the graph was built from, with or without entities: the base of PMI.</summary>
    public int CorpusPaperCount => Sentences.PaperKeys.Length;

    /// <summary>
    /// A structure derived from this graph for queries (an index, a projection, scratch space sized to it), made on
    /// first use and kept as long as the graph: one per graph and type, never in a static table keyed by graphs.
    /// </summary>
    internal T Index<T>(Func<KnowledgeGraph, T> create) where T : class =>
        (T)_indexes.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this))).Value;

    private (int From, int To) RowRange(int node, RowParts parts)
    {
        if (parts is 0 or (RowParts.Papers | RowParts.Relations) || (parts & ~RowParts.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, "the parts of a row asked for together must be adjacent");
        }
        var adjacency = Adjacency;
        var from = (parts & RowParts.Papers) != 0 ? adjacency.Start[node]
            : (parts & RowParts.Taxonomy) != 0 ? adjacency.TaxonomyStart[node]
            : adjacency.ConceptStart[node];
        var to = (parts & RowParts.Relations) != 0 ? adjacency.Start[node + 1]
            : (parts & RowParts.Taxonomy) != 0 ? adjacency.ConceptStart[node]
            : adjacency.TaxonomyStart[node];
        return (from, to);
    }

    /// <summary>The node of a kind with a key (the first, were there two).</summary>
    /// <remarks>
    /// The first few lookups walk the nodes; only later ones build the kind-and-key index. A one-off query looks up a
    /// name or two, and at a million nodes building the index costs many times the walks it saves.
    /// </remarks>
    public bool TryGetNode(EntityKind kind, string key, out GraphNode node)
    {
        if (_byKindAndKey.IsValueCreated || Interlocked.Increment(ref _lookupsWithoutIndex) > LookupsBeforeIndex)
        {
            return _byKindAndKey.Value.TryGetValue((kind, key), out node!);
        }
        foreach (var candidate in Nodes)
        {
            if (candidate.Kind == kind && string.Equals(candidate.Key, key, StringComparison.Ordinal))
            {
                node = candidate;
                return true;
            }
        }
        node = null!;
        return false;
    }

    /// <summary>How many lookups walk the nodes before the index is built: a walk costs about a tenth of building it.</summary>
    private const int LookupsBeforeIndex = 8;

    private int _lookupsWithoutIndex;

    public int Degree(GraphNode node) => Adjacency.Start[node.Id + 1] - Adjacency.Start[node.Id];

    public GraphEdge Edge(int index) => new(this, index, Nodes[EdgeTable.Source[index]], Nodes[EdgeTable.Target[index]],
        EdgeTable.TypeOf(index), EdgeTable.Weight[index], EdgeTable.Score[index]);

    private EdgeList EdgesIn(int node, RowParts parts)
    {
        var (from, to) = RowRange(node, parts);
        return new(this, Adjacency.Edge, from, to - from);
    }

    internal ImmutableArray<Evidence> EvidenceOf(int edge)
    {
        var from = EdgeTable.EvidenceStart[edge];
        var to = EdgeTable.EvidenceStart[edge + 1];
        if (from == to)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Evidence>(to - from);
        var lastSentence = -1;
        var text = "";
        for (var row = from; row < to; row++)
        {
            var sentence = EdgeTable.EvidenceSentence[row];
            if (sentence != lastSentence)
            {
                text = Sentences.TextOf(sentence);
                lastSentence = sentence;
            }
            var start = EdgeTable.EvidenceStartOffset[row];
            var end = EdgeTable.EvidenceEndOffset[row];
            result.Add(new Evidence(Sentences.PaperKeys[Sentences.Paper[sentence]], Sentences.FieldOf(sentence), Sentences.Number[sentence],
                start, end, text.Substring(EdgeTable.EvidenceInSentence[row], end - start), text));
        }
        return result.MoveToImmutable();
    }

    internal ImmutableArray<string> PapersOf(int edge)
    {
        var from = EdgeTable.PapersStart[edge];
        var to = EdgeTable.PapersStart[edge + 1];
        if (from == to)
        {
            var source = Nodes[EdgeTable.Source[edge]];
            return source.IsPaper ? [source.Key] : [];
        }
        var result = ImmutableArray.CreateBuilder<string>(to - from);
        for (var i = from; i < to; i++)
        {
            result.Add(Sentences.PaperKeys[EdgeTable.PaperRefs[i]]);
        }
        return result.MoveToImmutable();
    }

    private static EdgeTable Columns(ImmutableArray<GraphNode> nodes, IEnumerable<GraphEdge> edges, out SentenceTable sentenceTable)
    {
        var sentences = new SentenceTable.Builder();
        var table = new EdgeTable.Builder();
        foreach (var edge in edges)
        {
            if (edge.Source.Id >= nodes.Length || edge.Target.Id >= nodes.Length || nodes[edge.Source.Id] != edge.Source || nodes[edge.Target.Id] != edge.Target)
            {
                throw new ArgumentException($"edge {edge} joins nodes that are not this graph's", nameof(edges));
            }
            foreach (var evidence in edge.Evidence)
            {
                var inSentence = evidence.SentenceText.IndexOf(evidence.Text, StringComparison.Ordinal);
                if (inSentence < 0 || evidence.End - evidence.Start != evidence.Text.Length)
                {
                    throw new ArgumentException($"evidence '{evidence.Text}' of {edge} is not a span of its sentence", nameof(edges));
                }
                var sentence = sentences.Add(sentences.PaperRef(evidence.PaperId), evidence.Sentence, evidence.Field, evidence.SentenceText);
                table.AddEvidence(sentence, evidence.Start, evidence.End, inSentence);
            }
            var papers = edge.Papers;
            if (!(edge.Source.IsPaper && papers.Length == 1 && papers[0] == edge.Source.Key))
            {
                foreach (var paper in papers)
                {
                    table.AddPaper(sentences.PaperRef(paper));
                }
            }
            var weight = (int)edge.Weight;
            if (weight != edge.Weight)
            {
                throw new ArgumentException($"edge {edge} has weight {edge.Weight}; weights count papers or mentions", nameof(edges));
            }
            table.AddEdge(edge.Source.Id, edge.Target.Id, edge.Type, weight, edge.Score);
        }
        sentenceTable = sentences.ToTable();
        return table.ToTable();
    }
}
