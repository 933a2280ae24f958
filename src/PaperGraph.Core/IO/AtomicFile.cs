namespace PaperGraph.IO;

/// <summary>Writes a file all or nothing: to a temporary file beside it, then moved into place.</summary>
/// <remarks>
/// A crash or an error mid-way leaves the previous file (or none) instead of a truncated one; Ctrl-C or SIGTERM
/// mid-way also deletes the temporary file (<see cref="InterruptCleanup"/>).
/// </remarks>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => TryWrite(path, stream =>
    {
        write(stream);
        return true;
    });

    /// <summary>
    /// Writes the file only when <paramref name="write"/> returns true; on false (a run that found nothing to write)
    /// the previous file stays byte for byte and no temporary file is left.
    /// </summary>
    public static bool TryWrite(string path, Func<Stream, bool> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            bool commit;
            using var interrupted = InterruptCleanup.Register(() => File.Delete(temporary));
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                commit = write(stream);
            }
            if (commit)
            {
                File.Move(temporary, full, overwrite: true);
            }
            return commit;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
