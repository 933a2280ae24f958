using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Export;

/// <summary>How every export spells ids, kinds, numbers and lists, so the formats agree with each other.</summary>
internal static class ExportValues
{
    /// <summary>For JSON inside HTML: keeps non-ASCII text readable but escapes what is unsafe there (&lt;, &gt;, &amp;, quotes).</summary>
    public static JavaScriptEncoder HtmlSafeEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>JSON in files and attributes: escapes only what JSON requires, so names stay readable.</summary>
    public static JsonWriterOptions JsonOptions(bool indented, bool htmlSafe = false) => new()
    {
        Encoder = htmlSafe ? HtmlSafeEncoder : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        NewLine = "\n",
    };

    /// <summary>The node's id in every export: "n" and its index in the exported graph.</summary>
    public static string NodeId(GraphNode node) => "n" + node.Id.ToString(CultureInfo.InvariantCulture);

    public static string Field(DocumentField field) => field.ToName();

    /// <summary>Shortest round-trip form, invariant culture ("2", "0.5", "-1.25").</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Hands what a JSON writer holds to its stream once it is a block's worth: Utf8JsonWriter over a stream keeps
    /// everything until it is flushed, so an export flushed only at the end held the whole output in memory (8 GB
    /// for a large graph to <c>-o -</c>, issue 14). Flushing moves bytes sooner and changes none.
    /// </summary>
    public static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushBlock)
        {
            writer.Flush();
        }
    }

    private const int FlushBlock = 1 << 16;

    /// <summary>A list as compact JSON array text, for formats whose attributes are scalars (GraphML, DOT).</summary>
    public static string JsonArray(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions(indented: false)))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Evidence as compact JSON array text.</summary>
    public static string EvidenceArray(GraphEdge edge)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions(indented: false)))
        {
            WriteEvidence(writer, edge);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteEvidence(Utf8JsonWriter writer, GraphEdge edge) => GraphJson.WriteEvidence(writer, null, edge.Evidence);

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values) => GraphJson.WriteStrings(writer, name, values);
}
