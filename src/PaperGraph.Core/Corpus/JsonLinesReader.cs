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
internal sealed class JsonLinesReader(InputFormat format) : ICorpusReader
{
    public InputFormat Format { get; } = format is InputFormat.Arxiv or InputFormat.Jsonl
        ? format
        : throw new ArgumentOutOfRangeException(nameof(format));

    public IEnumerable<CorpusEntry> Read(string displayPath, IEnumerable<string?> lines)
    {
        var lineNumber = 0;
        var records = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line is null)
            {
                // Undecodable: reported by the decoder, and still a record that was there.
                records++;
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            records++;
            foreach (var entry in ReadRecord(displayPath, lineNumber, line))
            {
                yield return entry;
            }
        }
        if (records == 0)
        {
            yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.EmptyInput, new Location(displayPath, Math.Max(lineNumber, 1))));
        }
    }

    private List<CorpusEntry> ReadRecord(string path, int lineNumber, string line)
    {
        var location = new Location(path, lineNumber);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return [new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.InvalidJsonLine, location, FirstSentence(exception.Message)))];
        }
        using (document)
        {
            var entries = new List<CorpusEntry>(1);
            var record = new RecordFields(document.RootElement);
            try
            {
                var paper = ReadPaper(path, lineNumber, document.RootElement, record, out var problem);
                if (record.ControlCharactersRemoved > 0)
                {
                    entries.Add(new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.ControlCharactersRemoved, location,
                        record.ControlCharactersRemoved, ((int)record.FirstControlCharacter).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), "record")));
                }
                if (problem is not null)
                {
                    entries.Add(new DiagnosticEntry(problem with { Location = location }));
                    return entries;
                }
                foreach (var (field, text, limit) in new[] { ("title", record.RawTitle, InputText.MaxTitleLength), ("abstract", record.RawAbstract, InputText.MaxAbstractLength) })
                {
                    if (text.Length > limit)
                    {
                        entries.Add(new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.TextTooLong, location, field, text.Length, limit)));
                    }
                }
                entries.Add(new PaperEntry(paper!));
            }
            catch (InvalidOperationException exception) when (record.Reading is { } field)
            {
                // An escaped lone surrogate ("\ud800") parses as JSON but is no string: that record's problem, not the run's.
                entries.Add(new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.UndecodableValue, location, field, FirstSentence(exception.Message).TrimEnd('.'))));
            }
            return entries;
        }
    }

    /// <summary>Reads a record's string fields, without control characters, counting those removed.</summary>
    private sealed class RecordFields(JsonElement root)
    {
        public int ControlCharactersRemoved { get; private set; }
        public char FirstControlCharacter { get; private set; }

        /// <summary>The field being read, for a decoding error's message.</summary>
        public string? Reading { get; private set; }

        public string RawTitle { get; set; } = "";
        public string RawAbstract { get; set; } = "";

        public string Get(string name)
        {
            Reading = name;
            var text = root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
            Reading = null;
            text = InputText.RemoveControlCharacters(text, out var removed, out var first);
            if (removed > 0 && ControlCharactersRemoved == 0)
            {
                FirstControlCharacter = first;
            }
            ControlCharactersRemoved += removed;
            return text;
        }
    }

    private Paper? ReadPaper(string path, int lineNumber, JsonElement root, RecordFields record, out Diagnostic? problem)
    {
        problem = null;
        var location = new Location(path, lineNumber);
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = Diagnostic.Create(DiagnosticCatalog.InvalidJsonLine, location, $"found {root.ValueKind.ToString().ToLowerInvariant()}, expected an object");
            return null;
        }

        var title = FoldWhiteSpace(record.RawTitle = record.Get("title"));
        if (title.Length == 0)
        {
            problem = Diagnostic.Create(DiagnosticCatalog.MissingField, location, "title");
            return null;
        }
        var abstractText = FoldWhiteSpace(record.RawAbstract = record.Get("abstract"));
        if (abstractText.Length == 0)
        {
            problem = Diagnostic.Create(DiagnosticCatalog.MissingField, location, "abstract");
            return null;
        }
        record.RawTitle = title;
        record.RawAbstract = abstractText;
        title = InputText.Truncate(title, InputText.MaxTitleLength);
        abstractText = InputText.Truncate(abstractText, InputText.MaxAbstractLength);
        var arxivId = record.Get("id").Trim();
        if (Format == InputFormat.Arxiv && arxivId.Length == 0)
        {
            problem = Diagnostic.Create(DiagnosticCatalog.MissingField, location, "id");
            return null;
        }

        var id = arxivId.Length > 0 ? PaperId.FromArxiv(arxivId) : PaperId.FromTitle(title);
        var date = record.Get("update_date").Trim();
        if (date.Length == 0)
        {
            date = record.Get("date").Trim();
        }
        var categories = record.Get("categories")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToImmutableArray();
        return new Paper(
            id, title, abstractText,
            date.Length == 0 ? [] : [date],
            [new PaperSource(path, lineNumber)],
            categories);
    }

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
