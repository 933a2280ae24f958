using System.Text;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>One input file: decodes it strictly as UTF-8, picks a reader, and streams its entries.</summary>
public static class CorpusFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<CorpusEntry> Read(string path, InputFormat format = InputFormat.Auto, string? displayPath = null)
    {
        displayPath ??= path;
        if (format == InputFormat.Auto)
        {
            var detection = DetectFormat(path);
            if (detection.Problem is { } problem)
            {
                yield return new DiagnosticEntry(Diagnostic.Create(problem.Descriptor, new Location(displayPath, problem.Line), problem.Argument));
                yield break;
            }
            format = detection.Format;
        }

        ICorpusReader reader = format == InputFormat.Seed ? new SeedPageReader() : new JsonLinesReader(format);
        var lines = new DecodedLines(path);
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
            catch (DecoderFallbackException)
            {
                fatal = new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.UndecodableBytes, new Location(displayPath, lines.LinesRead + 1), lines.LinesRead + 1));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                fatal = new DiagnosticEntry(Diagnostic.Create(DiagnosticCatalog.UnreadableFile, new Location(displayPath, 0), exception.Message));
            }
            if (fatal is not null)
            {
                // The papers before the bad spot were already yielded: nothing read so far is lost.
                yield return fatal;
                yield break;
            }
            yield return entry!;
        }
    }

    private static (InputFormat Format, (DiagnosticDescriptor Descriptor, int Line, object Argument)? Problem) DetectFormat(string path)
    {
        var lineNumber = 0;
        try
        {
            foreach (var line in new DecodedLines(path))
            {
                lineNumber++;
                if (line.Trim().Length == 0 || SeedPageReader.IsHeaderLine(line) || SeedPageReader.IsDateLine(line))
                {
                    if (line.Trim().Length > 0)
                    {
                        // A header or date line before any JSON means a seed page.
                        return (InputFormat.Seed, null);
                    }
                    continue;
                }
                return (InputFormatDetector.Detect(line), null);
            }
            return (InputFormat.Auto, (DiagnosticCatalog.EmptyInput, Math.Max(lineNumber, 1), ""));
        }
        catch (DecoderFallbackException)
        {
            return (InputFormat.Auto, (DiagnosticCatalog.UndecodableBytes, lineNumber + 1, lineNumber + 1));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (InputFormat.Auto, (DiagnosticCatalog.UnreadableFile, 0, exception.Message));
        }
    }

    /// <summary>
    /// Lines of a file read lazily, each decoded strictly on its own, so a bad byte fails only its own line and
    /// <see cref="LinesRead"/> names it; the lines before it were already handed out.
    /// </summary>
    private sealed class DecodedLines(string path) : IEnumerable<string>
    {
        public int LinesRead { get; private set; }

        public IEnumerator<string> GetEnumerator()
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var buffer = new byte[1 << 16];
            var pending = new MemoryStream();
            var first = true;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                if (first)
                {
                    first = false;
                    if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    {
                        start = 3;
                    }
                }
                while (start < read)
                {
                    var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                    if (newline < 0)
                    {
                        pending.Write(buffer, start, read - start);
                        break;
                    }
                    string line;
                    if (pending.Length > 0)
                    {
                        pending.Write(buffer, start, newline - start);
                        line = Decode(pending.GetBuffer().AsSpan(0, (int)pending.Length));
                        pending.SetLength(0);
                    }
                    else
                    {
                        line = Decode(buffer.AsSpan(start, newline - start));
                    }
                    LinesRead++;
                    yield return line;
                    start = newline + 1;
                }
            }
            if (pending.Length > 0)
            {
                var last = Decode(pending.GetBuffer().AsSpan(0, (int)pending.Length));
                LinesRead++;
                yield return last;
            }
        }

        private static string Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }
            return StrictUtf8.GetString(bytes);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
