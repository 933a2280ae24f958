using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>One input: checks its encoding, picks a reader, and streams its entries.</summary>
/// <remarks>
/// Lines are decoded strictly as UTF-8 one at a time, so an undecodable line costs that line and its PG1006; a file in
/// another encoding as a whole (UTF-16, Latin-1) is one PG1013 naming it.
/// </remarks>
internal static class CorpusFile
{
    /// <summary>Reads the file at <paramref name="path"/> once (<c>-</c> is standard input).</summary>
    public static IEnumerable<CorpusEntry> Read(string path, InputFormat format = InputFormat.Auto)
    {
        InputSnapshot input;
        try
        {
            input = InputSnapshot.Open(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(path, exception)];
        }
        return ReadAndDispose(input, format);
    }

    private static IEnumerable<CorpusEntry> ReadAndDispose(InputSnapshot input, InputFormat format)
    {
        using (input)
        {
            foreach (var entry in Read(input, format))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Reads an input held open by the caller; every call reads the same bytes.</summary>
    public static IEnumerable<CorpusEntry> Read(InputSnapshot input, InputFormat format = InputFormat.Auto)
    {
        var displayPath = input.DisplayPath;
        var sample = new byte[EncodingSniffer.SampleBytes];
        string? foreign;
        try
        {
            var filled = 0;
            int read;
            while (filled < sample.Length && (read = input.Read(sample.AsSpan(filled), filled)) > 0)
            {
                filled += read;
            }
            foreign = EncodingSniffer.ForeignEncoding(sample.AsSpan(0, filled));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(displayPath, exception)];
        }
        if (foreign is not null)
        {
            var iconvName = foreign.StartsWith("UTF-16", StringComparison.Ordinal) ? "UTF-16"
                : foreign.StartsWith("UTF-32", StringComparison.Ordinal) ? "UTF-32"
                : foreign == "Windows-1252" ? "WINDOWS-1252" : "LATIN1";
            if (iconvName is "UTF-16" or "UTF-32")
            {
                return [new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.NotUtf8, new Location(displayPath, 1), foreign, iconvName, "nothing was read from it"))];
            }
            // A Latin-1 verdict is a guess from the first 64 KB: the lines that are valid UTF-8 (ASCII lines are both)
            // are still read, so a good paper is never lost to a file that merely looks Latin-1.
            return ReadLines(input, format, new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.NotUtf8, new Location(displayPath, 1), foreign, iconvName,
                "its lines that are not valid UTF-8 were skipped")));
        }
        return ReadLines(input, format, null);
    }

    private static IEnumerable<CorpusEntry> ReadLines(InputSnapshot input, InputFormat format, DiagnosticEntry? encodingProblem)
    {
        if (encodingProblem is not null)
        {
            yield return encodingProblem;
        }
        var displayPath = input.DisplayPath;
        if (format == InputFormat.Auto)
        {
            var (detected, problem) = DetectFormat(input);
            if (problem is not null)
            {
                // A file with no readable line left after its encoding diagnostic needs no second one.
                if (encodingProblem is null)
                {
                    yield return problem;
                }
                yield break;
            }
            format = detected;
        }

        ICorpusReader reader = format == InputFormat.Seed ? new SeedPageReader() : new JsonLinesReader(format);
        var lines = new DecodedLines(input, reportUndecodable: encodingProblem is null);
        using var entries = reader.Read(displayPath, lines).GetEnumerator();
        while (true)
        {
            CorpusEntry? entry = null;
            CorpusEntry? fatal = null;
            try
            {
                if (!entries.MoveNext())
                {
                    break;
                }
                entry = entries.Current;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                fatal = Unreadable(displayPath, exception);
            }
            // The reader skipped the lines that could not be decoded; their diagnostics come first, in line order.
            while (lines.Problems.TryDequeue(out var problem))
            {
                yield return new DiagnosticEntry(problem);
            }
            if (fatal is not null)
            {
                // The papers before the failure were already yielded: nothing read so far is lost.
                yield return fatal;
                yield break;
            }
            yield return entry!;
        }
        while (lines.Problems.TryDequeue(out var problem))
        {
            yield return new DiagnosticEntry(problem);
        }
    }

    private static (InputFormat Format, DiagnosticEntry? Problem) DetectFormat(InputSnapshot input)
    {
        var lineNumber = 0;
        var undecodable = false;
        try
        {
            foreach (var line in new DecodedLines(input))
            {
                lineNumber++;
                undecodable |= line is null;
                if (line is null || line.Trim().Length == 0)
                {
                    // An undecodable line says nothing about the format; the reader reports it.
                    continue;
                }
                if (SeedPageReader.IsHeaderLine(line) || SeedPageReader.IsDateLine(line))
                {
                    // A header or date line before any JSON means a seed page.
                    return (InputFormat.Seed, null);
                }
                return (InputFormatDetector.Detect(line), null);
            }
            if (undecodable)
            {
                // Nothing but undecodable lines: let a reader report each of them.
                return (InputFormat.Jsonl, null);
            }
            return (InputFormat.Auto, new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.EmptyInput, new Location(input.DisplayPath, Math.Max(lineNumber, 1)))));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (InputFormat.Auto, Unreadable(input.DisplayPath, exception));
        }
    }

    private static DiagnosticEntry Unreadable(string displayPath, Exception exception) =>
        new(Diagnostic.Create(DiagnosticCatalog.UnreadableFile, new Location(displayPath, 0), exception.Message));
}
