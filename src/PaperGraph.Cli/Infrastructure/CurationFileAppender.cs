using System.Text;
using PaperGraph.IO;
using PaperGraph.Query.Merges;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Adds decision lines to the end of a curation file (docs/curation.md). The old content is kept byte for byte and the
/// new lines follow it; the whole is written to a temporary file and renamed over the old one (<see cref="AtomicFile"/>),
/// so a failure leaves the file as it was, never truncated. A missing file is created with a header comment.
/// </summary>
internal static class CurationFileAppender
{
    /// <exception cref="IOException">The file cannot be read or written; it is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read or written; it is unchanged.</exception>
    public static void Append(string path, IReadOnlyList<string> lines, CancellationToken cancellation)
    {
        var existing = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var text = new StringBuilder();
        if (existing is null)
        {
            text.Append(CurationLine.Header).Append('\n');
        }
        else if (existing.Length > 0 && existing[^1] != (byte)'\n')
        {
            text.Append('\n');
        }
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        var added = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        AtomicFile.Write(path, stream =>
        {
            stream.Write(existing ?? []);
            stream.Write(added);
        }, cancellationToken: cancellation);
    }
}
