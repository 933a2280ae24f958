using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>One JSON style for every --json output: indented, non-ASCII kept readable.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
