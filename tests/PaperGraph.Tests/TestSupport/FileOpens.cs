using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Counts how many times a file is opened, by anyone, while it is watched (Linux inotify, IN_OPEN). The kernel queues
/// one event per open as the open happens, so the count read afterwards is exact, not a matter of timing.
/// </summary>
/// <remarks>
/// The kernel merges an event into the previous one when they are identical and unread, so two opens in a row would
/// count once: reads (IN_ACCESS) are watched too, and a file is read between two opens of it that matter.
/// </remarks>
internal sealed partial class FileOpens : IDisposable
{
    private const int NonBlocking = 0x800;
    private const uint InAccess = 0x1;
    private const uint InOpen = 0x20;
    private readonly int _descriptor;

    private FileOpens(int descriptor) => _descriptor = descriptor;

    /// <summary>Starts counting the opens of <paramref name="path"/>; null where inotify is not available.</summary>
    public static FileOpens? Watch(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var descriptor = InotifyInit(NonBlocking);
        if (descriptor < 0)
        {
            return null;
        }
        if (InotifyAddWatch(descriptor, path, InOpen | InAccess) < 0)
        {
            _ = Close(descriptor);
            throw new IOException($"cannot watch '{path}' (errno {Marshal.GetLastPInvokeError()})");
        }
        return new FileOpens(descriptor);
    }

    /// <summary>The opens since the watch began (or since the last call).</summary>
    public int Count()
    {
        var opens = 0;
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = (int)Read(_descriptor, buffer, buffer.Length);
            if (read <= 0)
            {
                // Non-blocking: -1 (EAGAIN) once the queue is empty.
                return opens;
            }
            // struct inotify_event { int wd; uint32 mask; uint32 cookie; uint32 len; char name[len]; }
            for (var at = 0; at < read;)
            {
                var mask = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at + 4));
                var nameLength = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(at + 12));
                if ((mask & InOpen) != 0)
                {
                    opens++;
                }
                at += 16 + nameLength;
            }
        }
    }

    public void Dispose() => _ = Close(_descriptor);

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(int descriptor, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
