using System.Text.Json;

namespace PaperGraph.Corpus;

/// <summary>Tells input formats apart from a file's first non-blank line.</summary>
internal static class InputFormatDetector
{
    public static InputFormat Detect(string? firstNonBlankLine)
    {
        if (firstNonBlankLine is null)
        {
            return InputFormat.Auto;
        }
        var trimmed = firstNonBlankLine.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return InputFormat.Seed;
        }
        try
        {
            using var document = JsonDocument.Parse(trimmed);
            var root = document.RootElement;
            var looksLikeArxiv = root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("id", out _)
                && (root.TryGetProperty("categories", out _) || root.TryGetProperty("update_date", out _) || root.TryGetProperty("versions", out _));
            return looksLikeArxiv ? InputFormat.Arxiv : InputFormat.Jsonl;
        }
        catch (JsonException)
        {
            // A broken first line is still a JSON-lines file; the reader reports the line.
            return InputFormat.Jsonl;
        }
    }
}
