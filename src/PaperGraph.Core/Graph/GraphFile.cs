using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Diagnostics;
using PaperGraph.IO;
using PaperGraph.Syntax;

namespace PaperGraph.Graph;

/// <summary>
/// The saved graph: gzip-compressed JSON with a format name and version (docs/graph-format.md).
/// </summary>
/// <remarks>Readers refuse other versions with PG4002 rather than guessing at a layout they do not know.</remarks>
public static class GraphFile
{
    public const string FormatName = "papergraph";
    public const int Version = 1;

    public static void Save(KnowledgeGraph graph, string path) => AtomicFile.Write(path, stream => Write(graph, stream));

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
        using var writer = new Utf8JsonWriter(gzip);
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", node.Id);
            writer.WriteString("kind", node.Kind.ToString());
            writer.WriteString("key", node.Key);
            writer.WriteString("name", node.Name);
            WriteStrings(writer, "aliases", node.Aliases);
            writer.WriteString("long_form", node.LongForm);
            writer.WriteNumber("paper_count", node.PaperCount);
            writer.WriteNumber("proposed_count", node.ProposedCount);
            WriteStrings(writer, "dates", node.Dates);
            WriteStrings(writer, "sources", node.Sources);
            writer.WriteString("parent", node.Parent);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            writer.WriteStartObject();
            writer.WriteNumber("source", edge.Source.Id);
            writer.WriteNumber("target", edge.Target.Id);
            writer.WriteString("type", edge.Type.ToName());
            writer.WriteNumber("weight", edge.Weight);
            writer.WriteNumber("score", edge.Score);
            WriteStrings(writer, "papers", edge.Papers);
            writer.WriteStartArray("evidence");
            foreach (var evidence in edge.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("paper", evidence.PaperId);
                writer.WriteString("field", evidence.Field == DocumentField.Title ? "title" : "abstract");
                writer.WriteNumber("sentence", evidence.Sentence);
                writer.WriteNumber("start", evidence.Start);
                writer.WriteNumber("end", evidence.End);
                writer.WriteString("text", evidence.Text);
                writer.WriteString("sentence_text", evidence.SentenceText);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("merges");
        foreach (var merge in graph.Merges)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", merge.Kind.ToString());
            writer.WriteString("key", merge.Key);
            writer.WriteString("merged_into", merge.MergedKey);
            writer.WriteString("reason", merge.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in graph.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("file", diagnostic.Location.FilePath);
            writer.WriteNumber("line", diagnostic.Location.Line);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Loads a saved graph; a missing, corrupt or foreign file is a diagnostic, not an exception.</summary>
    public static (KnowledgeGraph? Graph, Diagnostic? Problem) TryLoad(string path)
    {
        var location = new Location(path, 0);
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var document = JsonDocument.Parse(gzip);
            return Read(document.RootElement, location);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, exception.Message));
        }
    }

    private static (KnowledgeGraph? Graph, Diagnostic? Problem) Read(JsonElement root, Location location)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != FormatName)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, "not a PaperGraph graph file"));
        }
        var version = root.GetProperty("version").GetInt32();
        if (version != Version)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.UnsupportedGraphVersion, location, version, Version));
        }

        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        foreach (var element in root.GetProperty("nodes").EnumerateArray())
        {
            nodes.Add(new GraphNode(
                element.GetProperty("id").GetInt32(),
                Enum.Parse<NodeKind>(element.GetProperty("kind").GetString()!),
                element.GetProperty("key").GetString()!,
                element.GetProperty("name").GetString()!,
                ReadStrings(element, "aliases"),
                element.GetProperty("long_form").GetString(),
                element.GetProperty("paper_count").GetInt32(),
                element.GetProperty("proposed_count").GetInt32(),
                ReadStrings(element, "dates"),
                ReadStrings(element, "sources"),
                element.GetProperty("parent").GetString()));
        }
        var nodeArray = nodes.ToImmutable();
        for (var i = 0; i < nodeArray.Length; i++)
        {
            if (nodeArray[i].Id != i)
            {
                throw new InvalidDataException($"node ids must be 0..n-1 in order (node {i} has id {nodeArray[i].Id})");
            }
        }

        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        foreach (var element in root.GetProperty("edges").EnumerateArray())
        {
            if (!RelationTypeNames.TryParse(element.GetProperty("type").GetString() ?? "", out var type))
            {
                throw new InvalidDataException($"unknown relationship type '{element.GetProperty("type").GetString()}'");
            }
            var evidence = element.GetProperty("evidence").EnumerateArray().Select(item => new Evidence(
                item.GetProperty("paper").GetString()!,
                item.GetProperty("field").GetString() == "title" ? DocumentField.Title : DocumentField.Abstract,
                item.GetProperty("sentence").GetInt32(),
                item.GetProperty("start").GetInt32(),
                item.GetProperty("end").GetInt32(),
                item.GetProperty("text").GetString()!,
                item.GetProperty("sentence_text").GetString()!)).ToImmutableArray();
            edges.Add(new GraphEdge(
                nodeArray[element.GetProperty("source").GetInt32()],
                nodeArray[element.GetProperty("target").GetInt32()],
                type, evidence, ReadStrings(element, "papers"),
                element.GetProperty("weight").GetDouble(),
                element.GetProperty("score").GetDouble()));
        }

        var merges = root.GetProperty("merges").EnumerateArray().Select(item => new MergedDuplicate(
            Enum.Parse<NodeKind>(item.GetProperty("kind").GetString()!),
            item.GetProperty("key").GetString()!,
            item.GetProperty("merged_into").GetString()!,
            item.GetProperty("reason").GetString()!)).ToImmutableArray();

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(item =>
        {
            var id = item.GetProperty("id").GetString()!;
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == id) ?? new DiagnosticDescriptor(id, id, "{0}", DiagnosticSeverity.Info);
            return new Diagnostic(descriptor, new Location(item.GetProperty("file").GetString()!, item.GetProperty("line").GetInt32()), item.GetProperty("message").GetString()!);
        }).ToImmutableArray();

        return (new KnowledgeGraph(nodeArray, edges.ToImmutable(), merges, diagnostics), null);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static ImmutableArray<string> ReadStrings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToImmutableArray();
}
