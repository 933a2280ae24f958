using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>
/// Reads JSON lines: arXiv metadata records (<c>id</c>, <c>title</c>, <c>abstract</c>, <c>categories</c>,
/// <c>update_date</c>) or plain <c>{"title": …, "abstract": …}</c> records. One record per line.
/// </summary>
/// <remarks>arXiv titles and abstracts are hard-wrapped in the bulk dump; white space is folded so spans stay on one line.</remarks>
public sealed class JsonLinesReader(InputFormat format) : ICorpusReader
{
    public InputFormat Format { get; } = format is InputFormat.Arxiv or InputFormat.Jsonl
        ? format
        : throw new ArgumentOutOfRangeException(nameof(format));

    public IEnumerable<CorpusEntry> Read(string displayPath, IEnumerable<string> lines)
    {
        var lineNumber = 0;
        var records = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            records++;
            yield return ReadRecord(displayPath, lineNumber, line);
        }
        if (records == 0)
        {
            yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.EmptyInput, new Location(displayPath, Math.Max(lineNumber, 1))));
        }
    }

    private CorpusEntry ReadRecord(string path, int lineNumber, string line)
    {
        var location = new Location(path, lineNumber);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.InvalidJsonLine, location, FirstSentence(exception.Message)));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.InvalidJsonLine, location, $"found {root.ValueKind.ToString().ToLowerInvariant()}, expected an object"));
            }

            var title = FoldWhiteSpace(GetString(root, "title"));
            if (title.Length == 0)
            {
                return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.MissingField, location, "title"));
            }
            var abstractText = FoldWhiteSpace(GetString(root, "abstract"));
            if (abstractText.Length == 0)
            {
                return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.MissingField, location, "abstract"));
            }
            var arxivId = GetString(root, "id").Trim();
            if (Format == InputFormat.Arxiv && arxivId.Length == 0)
            {
                return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.MissingField, location, "id"));
            }

            var id = arxivId.Length > 0 ? PaperId.FromArxiv(arxivId) : PaperId.FromTitle(title);
            var date = GetString(root, "update_date").Trim();
            if (date.Length == 0)
            {
                date = GetString(root, "date").Trim();
            }
            var categories = GetString(root, "categories")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToImmutableArray();
            return new PaperEntry(new Paper(
                id, title, abstractText,
                date.Length == 0 ? [] : [date],
                [new PaperSource(path, lineNumber)],
                categories));
        }
    }

    private static string GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    internal static string FoldWhiteSpace(string text)
    {
        if (IsFolded(text))
        {
            // Most records are single-spaced already: keep the string rather than copy it.
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Every white space character but the plain space (those <see cref="char.IsWhiteSpace(char)"/> accepts).</summary>
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    /// <summary>No white space at either end, and every white space inside is one plain space.</summary>
    private static bool IsFolded(string text) =>
        text.Length == 0
        || !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
           && !text.AsSpan().ContainsAny(OtherWhiteSpace) && !text.Contains("  ", StringComparison.Ordinal);
}
