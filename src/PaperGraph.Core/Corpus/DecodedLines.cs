using System.Text;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>
/// The lines of an input, read lazily and each decoded strictly as UTF-8 on its own. CR, LF and CRLF all end a line.
/// A line that is not valid UTF-8, or is longer than <see cref="MaxLineBytes"/>, is handed out as <see langword="null"/>
/// and its diagnostic (with its line) is queued in <see cref="Problems"/>: it costs that line, nothing more.
/// </summary>
internal sealed class DecodedLines(InputSnapshot input, bool reportUndecodable = true) : IEnumerable<string?>
{
    /// <summary>Lines longer than this (in bytes) are not worth holding in memory: 32 MiB, far above any real record.</summary>
    public const int MaxLineBytes = 32 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Diagnostics for lines handed out as <see langword="null"/>, for the caller to report and clear.</summary>
    public Queue<Diagnostic> Problems { get; } = new();

    public IEnumerator<string?> GetEnumerator()
    {
        var buffer = new byte[1 << 16];
        var pending = new MemoryStream();
        var overlong = false;
        var afterCarriageReturn = false;
        var lineNumber = 0;
        long offset = 0;
        int read;
        while ((read = input.Read(buffer, offset)) > 0)
        {
            var start = 0;
            if (offset == 0 && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                start = 3;
            }
            offset += read;
            if (afterCarriageReturn && start < read && buffer[start] == (byte)'\n')
            {
                // The LF of a CRLF split across two reads.
                start++;
            }
            afterCarriageReturn = false;
            while (start < read)
            {
                var end = buffer.AsSpan(start, read - start).IndexOfAny((byte)'\r', (byte)'\n');
                if (end < 0)
                {
                    Append(buffer.AsSpan(start, read - start));
                    break;
                }
                end += start;
                lineNumber++;
                string? line;
                if (pending.Length > 0 || overlong)
                {
                    Append(buffer.AsSpan(start, end - start));
                    line = Decode(pending.GetBuffer().AsSpan(0, (int)pending.Length), lineNumber, overlong);
                    pending.SetLength(0);
                    overlong = false;
                }
                else
                {
                    line = Decode(buffer.AsSpan(start, end - start), lineNumber, overlong: false);
                }
                yield return line;
                if (buffer[end] == (byte)'\r')
                {
                    if (end + 1 < read)
                    {
                        if (buffer[end + 1] == (byte)'\n')
                        {
                            end++;
                        }
                    }
                    else
                    {
                        afterCarriageReturn = true;
                    }
                }
                start = end + 1;
            }
        }
        if (pending.Length > 0 || overlong)
        {
            lineNumber++;
            yield return Decode(pending.GetBuffer().AsSpan(0, (int)pending.Length), lineNumber, overlong);
        }

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (overlong)
            {
                return;
            }
            if (pending.Length + bytes.Length > MaxLineBytes)
            {
                // Drop what was gathered: the line will be reported, not read.
                overlong = true;
                pending.SetLength(0);
                return;
            }
            pending.Write(bytes);
        }
    }

    private string? Decode(ReadOnlySpan<byte> bytes, int lineNumber, bool overlong)
    {
        if (overlong)
        {
            Problems.Enqueue(Diagnostic.Create(DiagnosticCatalog.LineTooLong, new Location(input.DisplayPath, lineNumber), MaxLineBytes >> 20));
            return null;
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // In a file already reported as Latin-1 (PG1013) its undecodable lines are that one diagnostic's.
            if (reportUndecodable)
            {
                Problems.Enqueue(Diagnostic.Create(DiagnosticCatalog.UndecodableBytes, new Location(input.DisplayPath, lineNumber)));
            }
            return null;
        }
        return Utf8.GetString(bytes);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
