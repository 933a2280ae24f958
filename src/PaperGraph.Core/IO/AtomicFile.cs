namespace PaperGraph.IO;

/// <summary>
/// Writes an output the way its kind needs: a regular file all or nothing, a device, FIFO or <c>-</c> (standard
/// output) as a stream.
/// </summary>
/// <remarks>
/// A regular file (or none yet) is written to a temporary file beside it, flushed to disk, given the old file's
/// permissions and renamed over it, so a crash or an error mid-way leaves the previous file (or none) instead of a
/// truncated one; the temporary file is removed on any failure or cancellation, and when a signal ends the process
/// mid-write (<see cref="InterruptCleanup"/>). A symbolic link is followed and its target replaced, the link kept. A
/// device, FIFO or socket is never replaced: it is opened and written in place. A writer that finds nothing to write
/// (<see cref="TryWrite"/> returning false: a run that found no papers) leaves the previous file byte for byte.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>The output name that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <param name="path">The output; <see cref="StandardOutput"/> streams to standard output.</param>
    /// <param name="write">Writes the content; it may be called once at most.</param>
    /// <param name="cancellationToken">Checked on every write: cancelling stops the write and removes the temporary file.</param>
    /// <param name="seekable">
    /// <paramref name="write"/> needs a seekable stream; to standard output or a device it then writes to an unlinked
    /// temporary file first, which is copied out when complete.
    /// </param>
    /// <exception cref="IOException">The output cannot be written (nothing was replaced).</exception>
    /// <exception cref="OperationCanceledException">Cancelled (nothing was replaced).</exception>
    public static void Write(string path, Action<Stream> write, bool seekable = false, CancellationToken cancellationToken = default) =>
        TryWrite(path, stream =>
        {
            write(stream);
            return true;
        }, seekable, cancellationToken);

    /// <summary>
    /// As <see cref="Write"/>, but a regular file is replaced only when <paramref name="write"/> returns true; on false
    /// (a run that found nothing to write) the previous file stays byte for byte and no temporary file is left. A
    /// stream (standard output, a device, a FIFO) gets whatever was written either way.
    /// </summary>
    /// <returns>What <paramref name="write"/> returned.</returns>
    public static bool TryWrite(string path, Func<Stream, bool> write, bool seekable = false, CancellationToken cancellationToken = default)
    {
        if (path == StandardOutput)
        {
            using var stdout = Console.OpenStandardOutput();
            return WriteTo(stdout, write, seekable, cancellationToken);
        }
        var target = FollowLinks(Path.GetFullPath(path));
        switch (FileKinds.Of(target))
        {
            case FileKind.Directory:
                throw new IOException($"'{path}' is a directory");
            case FileKind.Special:
                using (var special = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0))
                {
                    return WriteTo(special, write, seekable, cancellationToken);
                }
            default:
                return Replace(target, write, cancellationToken);
        }
    }

    private static bool Replace(string target, Func<Stream, bool> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            bool commit;
            using var interrupted = InterruptCleanup.Register(() => File.Delete(temporary));
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                // The file stream buffers, and stays seekable and readable for writers that patch lengths in place or read back
                // what they wrote for a checksum (graph files).
                commit = write(new CancellableStream(stream, cancellationToken));
                if (commit)
                {
                    stream.Flush();
                    // On disk before the rename: a power cut after it must not leave an empty or partial file in its place.
                    stream.Flush(flushToDisk: true);
                }
            }
            if (!commit)
            {
                return false;
            }
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            FileKinds.FlushDirectory(directory);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool WriteTo(Stream destination, Func<Stream, bool> write, bool seekable, CancellationToken cancellationToken)
    {
        if (seekable)
        {
            var temporary = Path.Combine(Path.GetTempPath(), $"papergraph-output-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            using var spool = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            // Unlinked while open: nothing is left behind however the process ends.
            File.Delete(temporary);
            if (!write(new CancellableStream(spool, cancellationToken)))
            {
                return false;
            }
            spool.Position = 0;
            using var copy = new CancellableStream(destination, cancellationToken);
            spool.CopyTo(copy, 1 << 16);
            destination.Flush();
            return true;
        }
        using var buffered = new BufferedStream(new CancellableStream(destination, cancellationToken), 1 << 16);
        var written = write(buffered);
        buffered.Flush();
        return written;
    }

    /// <summary>The file a chain of symbolic links ends at (the path itself when it is no link; a dangling link's target).</summary>
    private static string FollowLinks(string path)
    {
        for (var hops = 0; hops < 40; hops++)
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not { } link)
            {
                return path;
            }
            path = Path.GetFullPath(link, Path.GetDirectoryName(path)!);
        }
        throw new IOException($"'{path}': too many levels of symbolic links");
    }
}
