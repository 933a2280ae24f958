using System.Buffers;
using System.Text.Json;
using PaperGraph.Binding;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Extraction;

/// <summary>
/// Writes the <c>papergraph extract</c> output contract: one JSON object per paper per line (docs/extract-format.md).
/// Field names are a public contract: other tools read them.
/// </summary>
internal static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One buffer and writer per thread, reused line after line: a writer per line cost more than the line.</summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _lineWriter;

    public static void WriteLine(Stream stream, ExtractedPaper extracted)
    {
        var (buffer, writer) = _lineWriter ??= CreateLineWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        Write(writer, extracted);
        writer.Flush();
        buffer.Write("\n"u8);
        stream.Write(buffer.WrittenSpan);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) CreateLineWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    public static void Write(Utf8JsonWriter writer, ExtractedPaper extracted)
    {
        var paper = extracted.Paper;
        writer.WriteStartObject();
        writer.WriteString("id", paper.Id);
        writer.WriteString("title", paper.Title);
        writer.WriteStartArray("dates");
        foreach (var date in paper.Dates)
        {
            writer.WriteStringValue(date);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("sources");
        foreach (var source in paper.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("file", source.File);
            writer.WriteNumber("line", source.Line);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var entity in extracted.Entities)
        {
            WriteEntity(writer, entity);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var relation in extracted.Relations)
        {
            WriteRelation(writer, relation);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter writer, StatedRelation relation)
    {
        writer.WriteStartObject();
        writer.WriteString("type", relation.Kind switch
        {
            StatedRelationKind.PartOf => "PART_OF",
            StatedRelationKind.ComparedWith => "COMPARED_WITH",
            _ => "EXTENDS",
        });
        writer.WriteString("from_kind", relation.SourceKind.ToName());
        writer.WriteString("from", relation.SourceKey);
        writer.WriteString("to_kind", relation.TargetKind.ToName());
        writer.WriteString("to", relation.TargetKey);
        writer.WriteString("field", relation.Field.ToName());
        writer.WriteNumber("start", relation.Span.Start);
        writer.WriteNumber("end", relation.Span.End);
        writer.WriteString("text", relation.Text);
        writer.WriteNumber("sentence", relation.Sentence);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, BoundEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", entity.Kind.ToName());
        writer.WriteString("name", entity.Name);
        writer.WriteString("key", entity.Key);
        writer.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            writer.WriteStringValue(alias);
        }
        writer.WriteEndArray();
        if (entity.LongForm is null)
        {
            writer.WriteNull("long_form");
        }
        else
        {
            writer.WriteString("long_form", entity.LongForm);
        }
        if (entity.Role is { } role)
        {
            writer.WriteString("role", role == MethodRole.Proposed ? "proposed" : "used");
        }
        writer.WriteString("source", entity.IsFromLexicon ? "lexicon" : "pattern");
        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("field", mention.Field.ToName());
            writer.WriteNumber("start", mention.Span.Start);
            writer.WriteNumber("end", mention.Span.End);
            writer.WriteString("text", mention.Text);
            writer.WriteNumber("sentence", mention.Sentence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
