using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Diagnostics;
using PaperGraph.Syntax;

namespace PaperGraph.Graph;

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
            nodes.Add(new GraphNode(record.Id, Enum.Parse<NodeKind>(record.Kind!), record.Key!, record.Name!, ToArray(record.Aliases), record.LongForm,
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
                item.Paper!, item.Field == "title" ? DocumentField.Title : DocumentField.Abstract,
                item.Sentence, item.Start, item.End, item.Text!, Shared(item.SentenceText!))).ToImmutableArray();
            edges.Add(new GraphEdge(nodeArray[record.Source], nodeArray[record.Target], type, evidence, ToArray(record.Papers), record.Weight, record.Score));
        }

        var merges = (file.Merges ?? []).Select(item => new MergedDuplicate(Enum.Parse<NodeKind>(item.Kind!), item.Key!, item.MergedInto!, item.Reason!)).ToImmutableArray();
        var diagnostics = (file.Diagnostics ?? []).Select(item =>
        {
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == item.Id) ?? new DiagnosticDescriptor(item.Id!, item.Id!, "{0}", DiagnosticSeverity.Info);
            return new Diagnostic(descriptor, new Location(item.File ?? "", item.Line), item.Message ?? "");
        }).ToImmutableArray();

        // Version 1 files were only ever written from graphs built from papers, with every co-occurring pair.
        return (new KnowledgeGraph(nodeArray, edges.MoveToImmutable(), merges, diagnostics) { CoOccurrenceIsComplete = true }, null);
    }

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
