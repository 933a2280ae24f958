using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>
/// Reads scraped "Daily Papers" pages: header lines, a date line such as <c>Jul 30</c>, then title and abstract
/// lines in pairs, separated by blank lines.
/// </summary>
/// <remarks>
/// A line counts as an abstract when it reads like prose (long enough and holding a sentence end); a title followed
/// by something that is not an abstract is reported as PG1003 and the next line is read as a title again, so one
/// missing abstract costs one paper, not the rest of the page.
/// </remarks>
internal sealed partial class SeedPageReader : ICorpusReader
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Subscribe", "Daily Papers", "Get trending papers in your email inbox!", "byAK and the research community",
    };

    private const int MinimumAbstractLength = 80;

    public InputFormat Format => InputFormat.Seed;

    public static bool IsDateLine(string line) => DateLine().IsMatch(line.Trim());

    public static bool IsHeaderLine(string line) => HeaderLines.Contains(line.Trim());

    public IEnumerable<CorpusEntry> Read(string displayPath, IEnumerable<string?> lines)
    {
        string? date = null;
        var sawDate = false;
        var warnedNoDate = false;
        var papers = 0;
        (string Text, int Line)? pendingTitle = null;
        var lineNumber = 0;
        // After an undecodable title, its abstract goes with it.
        var skipAbstract = false;

        foreach (var raw in lines)
        {
            lineNumber++;
            if (raw is null)
            {
                // Undecodable (reported by the decoder): the pair it belongs to is lost, nothing more.
                skipAbstract = pendingTitle is null;
                pendingTitle = null;
                papers++;
                continue;
            }
            var line = InputText.RemoveControlCharacters(raw, out var removed, out var first).Trim();
            if (removed > 0)
            {
                yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.ControlCharactersRemoved, new Location(displayPath, lineNumber),
                    removed, ((int)first).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), "line"));
            }
            if (line.Length == 0)
            {
                continue;
            }
            if (skipAbstract)
            {
                skipAbstract = false;
                if (LooksLikeAbstract(line))
                {
                    continue;
                }
            }
            if (IsDateLine(line))
            {
                if (pendingTitle is { } orphan)
                {
                    yield return TitleWithoutAbstract(displayPath, orphan);
                    pendingTitle = null;
                }
                date = line;
                sawDate = true;
                continue;
            }
            if (!sawDate && IsHeaderLine(line))
            {
                continue;
            }
            if (!sawDate && !warnedNoDate)
            {
                warnedNoDate = true;
                yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.NoDateLine, new Location(displayPath, lineNumber)));
            }

            if (pendingTitle is not { } title)
            {
                pendingTitle = (line, lineNumber);
                continue;
            }
            if (!LooksLikeAbstract(line))
            {
                yield return TitleWithoutAbstract(displayPath, title);
                pendingTitle = (line, lineNumber);
                continue;
            }

            pendingTitle = null;
            papers++;
            foreach (var (field, text, limit, at) in new[] { ("title", title.Text, InputText.MaxTitleLength, title.Line), ("abstract", line, InputText.MaxAbstractLength, lineNumber) })
            {
                if (text.Length > limit)
                {
                    yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.TextTooLong, new Location(displayPath, at), field, text.Length, limit));
                }
            }
            var titleText = InputText.Truncate(title.Text, InputText.MaxTitleLength);
            yield return new PaperEntry(new Paper(
                PaperId.FromTitle(titleText),
                titleText,
                InputText.Truncate(line, InputText.MaxAbstractLength),
                date is null ? [] : [date],
                [new PaperSource(displayPath, title.Line)],
                []));
        }

        if (pendingTitle is { } last)
        {
            yield return TitleWithoutAbstract(displayPath, last);
        }
        else if (papers == 0)
        {
            yield return new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.EmptyInput, new Location(displayPath, Math.Max(lineNumber, 1))));
        }
    }

    private static bool LooksLikeAbstract(string line) =>
        line.Length >= MinimumAbstractLength && (line.Contains(". ", StringComparison.Ordinal) || line.EndsWith('.'));

    private static DiagnosticEntry TitleWithoutAbstract(string path, (string Text, int Line) title) =>
        new(Diagnostic.Create(DiagnosticCatalog.TitleWithoutAbstract, new Location(path, title.Line), Shorten(title.Text)));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(, \d{4})?$")]
    private static partial Regex DateLine();
}
