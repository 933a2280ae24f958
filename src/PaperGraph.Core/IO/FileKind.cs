using System.Runtime.InteropServices;

namespace PaperGraph.IO;

/// <summary>What a path names, as far as writing to it goes.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A character or block device, a FIFO or a socket: written in place, never replaced.</summary>
    Special,
}

/// <summary>Tells regular files from devices and FIFOs, which .NET's file APIs do not (both look "Normal").</summary>
/// <remarks>
/// Linux's <c>statx</c> has one layout on every architecture, so it is asked directly; where it is not available the
/// answer falls back to what .NET can tell (a regular file or a directory).
/// </remarks>
internal static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of the file <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            try
            {
                if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0)
                {
                    var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
                    return type switch
                    {
                        RegularType => FileKind.Regular,
                        DirectoryType => FileKind.Directory,
                        _ => FileKind.Special,
                    };
                }
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    return FileKind.Missing;
                }
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // An old C library: fall through to what .NET knows.
            }
        }
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>Flushes a directory's entries to disk, so a rename into it survives a power cut; best effort.</summary>
    public static void FlushDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            var descriptor = Open(directory, 0);
            if (descriptor >= 0)
            {
                _ = Fsync(descriptor);
                _ = Close(descriptor);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Nothing more to do: the file itself was flushed.
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryDescriptor, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
