using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Graph.Storage;
using QuikGraph;

namespace PaperGraph.Graph;

/// <summary>
/// The read-only knowledge graph: papers and entities with typed, evidence-carrying edges.
/// Built by <see cref="GraphBuilder"/> or loaded by <see cref="GraphFile"/>; never changed afterwards.
/// </summary>
/// <remarks>
/// Nodes are objects; edges, evidence and adjacency are columns of plain values (<see cref="EdgeTable"/>,
/// <see cref="Adjacency"/>), and evidence sentences are UTF-8 outside the managed heap (<see cref="SentenceText"/>),
/// so a million-paper graph fits in a few gigabytes. <see cref="GraphEdge"/> objects are views made on demand.
/// </remarks>
public sealed class KnowledgeGraph
{
    private readonly Lazy<Dictionary<(NodeKind, string), GraphNode>> _byKindAndKey;
    private readonly Lazy<IBidirectionalGraph<GraphNode, GraphEdge>> _graph;

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
            var index = new Dictionary<(NodeKind, string), GraphNode>(nodes.Length);
            foreach (var node in nodes)
            {
                index.TryAdd((node.Kind, node.Key), node);
            }
            return index;
        });
        // The QuikGraph view materialises every edge; build it only for the algorithms that ask for it.
        _graph = new(() =>
        {
            var graph = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true, vertexCapacity: nodes.Length, edgeCapacity: 4);
            graph.AddVertexRange(nodes);
            graph.AddEdgeRange(Edges);
            return graph;
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

    /// <summary>Diagnostics from reading and extracting the corpus the graph was built from.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The QuikGraph view, for algorithms; read-only by interface.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph.Value;

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

    /// <summary>Edges touching a node, in either direction: paper edges, then IS_A, then other entity-to-entity edges, each strongest first.</summary>
    public EdgeList IncidentEdges(GraphNode node) => Row(Adjacency.Start[node.Id], Adjacency.Start[node.Id + 1]);

    /// <summary>The edges a path may take from a node: its paper edges and IS_A.</summary>
    public EdgeList ExplainableEdges(GraphNode node) => Row(Adjacency.Start[node.Id], Adjacency.ConceptStart[node.Id]);

    /// <summary>The entity-to-entity edges of a node: IS_A, stated relations and edges derived from papers.</summary>
    public EdgeList ConceptEdges(GraphNode node) => Row(Adjacency.TaxonomyStart[node.Id], Adjacency.Start[node.Id + 1]);

    public bool TryGetNode(NodeKind kind, string key, out GraphNode node) => _byKindAndKey.Value.TryGetValue((kind, key), out node!);

    public int Degree(GraphNode node) => Adjacency.Start[node.Id + 1] - Adjacency.Start[node.Id];

    public GraphEdge Edge(int index) => new(this, index, Nodes[EdgeTable.Source[index]], Nodes[EdgeTable.Target[index]],
        EdgeTable.TypeOf(index), EdgeTable.Weight[index], EdgeTable.Score[index]);

    private EdgeList Row(int from, int to) => new(this, Adjacency.Edge, from, to - from);

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
