using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Diagnostics;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Graph.Persistence;

/// <summary>
/// Reads graph files of format version 1: gzip-compressed JSON, written by PaperGraph before the binary format.
/// </summary>
internal static class LegacyGraphFile
{
    public const int Version = 1;

    /// <summary>Deserialised straight from the gzip stream into plain records, then stored in columns.</summary>
    public static (KnowledgeGraph? Graph, Diagnostic? Problem) Read(Stream stream, Location location)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        var dto = JsonSerializer.Deserialize<FileRecord>(buffered, ReadOptions);
        return Read(dto, location);
    }

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static (KnowledgeGraph? Graph, Diagnostic? Problem) Read(FileRecord? file, Location location)
    {
        if (file is null || file.Format != "papergraph")
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, "not a PaperGraph graph file"));
        }
        if (file.Version != Version)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.UnsupportedGraphVersion, location, file.Version, GraphFile.Version));
        }

        var nodeRecords = file.Nodes ?? throw new InvalidDataException("no 'nodes'");
        var nodes = ImmutableArray.CreateBuilder<GraphNode>(nodeRecords.Count);
        for (var i = 0; i < nodeRecords.Count; i++)
        {
            var record = nodeRecords[i];
            if (record.Id != i)
            {
                throw new InvalidDataException($"node ids must be 0..n-1 in order (node {i} has id {record.Id})");
            }
            nodes.Add(new GraphNode(record.Id, KindOf(record.Kind), Required(record.Key, "a node's key"), Required(record.Name, "a node's name"), ToArray(record.Aliases), record.LongForm,
                record.PaperCount, record.ProposedCount, ToArray(record.Dates), ToArray(record.Sources), record.Parent));
        }
        var nodeArray = nodes.MoveToImmutable();

        var sentences = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text) => sentences.TryGetValue(text, out var shared) ? shared : sentences[text] = text;
        var edgeRecords = file.Edges ?? throw new InvalidDataException("no 'edges'");
        var edges = ImmutableArray.CreateBuilder<GraphEdge>(edgeRecords.Count);
        foreach (var record in edgeRecords)
        {
            if (!RelationTypeNames.TryParse(record.Type ?? "", out var type))
            {
                throw new InvalidDataException($"unknown relationship type '{record.Type}'");
            }
            var evidence = (record.Evidence ?? []).Select(item => new Evidence(
                Required(item.Paper, "evidence's paper"), item.Field == "title" ? DocumentField.Title : DocumentField.Abstract,
                item.Sentence, item.Start, item.End, Required(item.Text, "evidence's text"), Shared(Required(item.SentenceText, "evidence's sentence")))).ToImmutableArray();
            if ((uint)record.Source >= (uint)nodeArray.Length || (uint)record.Target >= (uint)nodeArray.Length)
            {
                throw new InvalidDataException($"an edge joins node {record.Source} and node {record.Target}, of {nodeArray.Length}");
            }
            edges.Add(new GraphEdge(nodeArray[record.Source], nodeArray[record.Target], type, evidence, ToArray(record.Papers), record.Weight, record.Score));
        }

        var merges = (file.Merges ?? []).Select(item => new MergedDuplicate(KindOf(item.Kind), Required(item.Key, "a merge's key"), Required(item.MergedInto, "a merge's target"), Required(item.Reason, "a merge's reason"))).ToImmutableArray();
        var diagnostics = (file.Diagnostics ?? []).Select(item =>
        {
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == item.Id) ?? new DiagnosticDescriptor(Required(item.Id, "a diagnostic's id"), item.Id!, "{0}", DiagnosticSeverity.Info);
            return new Diagnostic(descriptor, new Location(item.File ?? "", item.Line), item.Message ?? "");
        }).ToImmutableArray();

        KnowledgeGraph graph;
        try
        {
            // Version 1 files were only ever written from graphs built from papers, with every co-occurring pair.
            graph = new KnowledgeGraph(nodeArray, edges.MoveToImmutable(), merges, diagnostics) { CoOccurrenceIsComplete = true };
        }
        catch (ArgumentException exception)
        {
            // The constructor checks what a file can get wrong: evidence that is not a span of its sentence, a fractional weight.
            throw new InvalidDataException(exception.Message, exception);
        }
        return (graph, null);
    }

    private static T Required<T>(T? value, string what) where T : class =>
        value ?? throw new InvalidDataException($"{what} is missing");

    private static EntityKind KindOf(string? name) =>
        Enum.TryParse<EntityKind>(name, out var kind) && Enum.IsDefined(kind) ? kind : throw new InvalidDataException($"unknown node kind '{name}'");

    private static ImmutableArray<string> ToArray(List<string>? values) => values is null ? [] : [.. values];

    // The file's records, as System.Text.Json reads them (snake_case names).
    private sealed class FileRecord
    {
        public string? Format { get; set; }
        public int Version { get; set; }
        public List<NodeRecord>? Nodes { get; set; }
        public List<EdgeRecord>? Edges { get; set; }
        public List<MergeRecord>? Merges { get; set; }
        public List<DiagnosticRecord>? Diagnostics { get; set; }
    }

    private sealed class NodeRecord
    {
        public int Id { get; set; }
        public string? Kind { get; set; }
        public string? Key { get; set; }
        public string? Name { get; set; }
        public List<string>? Aliases { get; set; }
        public string? LongForm { get; set; }
        public int PaperCount { get; set; }
        public int ProposedCount { get; set; }
        public List<string>? Dates { get; set; }
        public List<string>? Sources { get; set; }
        public string? Parent { get; set; }
    }

    private sealed class EdgeRecord
    {
        public int Source { get; set; }
        public int Target { get; set; }
        public string? Type { get; set; }
        public double Weight { get; set; }
        public double Score { get; set; }
        public List<string>? Papers { get; set; }
        public List<EvidenceRecord>? Evidence { get; set; }
    }

    private sealed class EvidenceRecord
    {
        public string? Paper { get; set; }
        public string? Field { get; set; }
        public int Sentence { get; set; }
        public int Start { get; set; }
        public int End { get; set; }
        public string? Text { get; set; }
        public string? SentenceText { get; set; }
    }

    private sealed class MergeRecord
    {
        public string? Kind { get; set; }
        public string? Key { get; set; }
        public string? MergedInto { get; set; }
        public string? Reason { get; set; }
    }

    private sealed class DiagnosticRecord
    {
        public string? Id { get; set; }
        public string? File { get; set; }
        public int Line { get; set; }
        public string? Message { get; set; }
    }
}
