namespace PaperGraph.IO;

/// <summary>Writes a folder all or nothing: into a temporary folder beside it, then moved into place.</summary>
/// <remarks>The target must not exist or be empty: an existing folder of someone's files is never replaced.</remarks>
internal static class AtomicDirectory
{
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
            Directory.CreateDirectory(temporary);
            using var interrupted = InterruptCleanup.Register(() => Directory.Delete(temporary, recursive: true));
            write(temporary);
            if (Directory.Exists(full))
            {
                // Empty (checked by the caller); Move needs the name free.
                Directory.Delete(full);
            }
            Directory.Move(temporary, full);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
