using System.Text.Json;
using PaperGraph.Syntax;

namespace PaperGraph.Graph;

/// <summary>JSON pieces shared by the graph file and the exports, so evidence is written one way everywhere.</summary>
public static class GraphJson
{
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    /// <summary>An array of {paper, field, sentence, start, end, text, sentence_text}; the array is named unless <paramref name="name"/> is null.</summary>
    public static void WriteEvidence(Utf8JsonWriter writer, string? name, IEnumerable<Evidence> evidence)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }
        foreach (var item in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("paper", item.PaperId);
            writer.WriteString("field", item.Field.ToName());
            writer.WriteNumber("sentence", item.Sentence);
            writer.WriteNumber("start", item.Start);
            writer.WriteNumber("end", item.End);
            writer.WriteString("text", item.Text);
            writer.WriteString("sentence_text", item.SentenceText);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
