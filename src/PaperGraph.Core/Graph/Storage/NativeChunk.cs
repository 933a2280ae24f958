using System.Runtime.InteropServices;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// A block of memory outside the managed heap, handed back to the operating system the moment it is released.
/// </summary>
/// <remarks>
/// Why not managed arrays: a million-paper build fills about a gigabyte of column chunks, copies them into exact arrays
/// at freezing, and drops them. Dropped large arrays stay on the heap until a full collection, and the collector keeps
/// the memory it frees committed, so the peak held both copies (5.3 GB, 1.2 GB of it chunks already copied). Why not
/// <see cref="NativeMemory.Alloc(nuint)"/> on Linux: glibc raises its mmap threshold to the size of the first large block
/// freed, and later blocks of that size come from its heap, which keeps freed memory; mmap and munmap return it at once.
/// A <see cref="SafeHandle"/> so that a chunk of a column never frozen or released (a failed build) is still freed.
/// </remarks>
internal sealed partial class NativeChunk : SafeHandle
{
    private const int ProtectRead = 1, ProtectWrite = 2, MapPrivate = 2, MapAnonymous = 0x20;

    private readonly nuint _bytes;

    private NativeChunk(nint pointer, nuint bytes) : base(0, ownsHandle: true)
    {
        SetHandle(pointer);
        _bytes = bytes;
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>The block's start; valid until the chunk is disposed.</summary>
    public nint Pointer => handle;

    /// <summary><paramref name="bytes"/> of memory, zeroed on Linux (anonymous pages), uninitialised elsewhere.</summary>
    public static NativeChunk Allocate(nuint bytes)
    {
        if (OperatingSystem.IsLinux())
        {
            var pointer = Mmap(0, bytes, ProtectRead | ProtectWrite, MapPrivate | MapAnonymous, -1, 0);
            if (pointer == -1)
            {
                throw new InsufficientMemoryException($"could not map {bytes:N0} bytes for a graph column");
            }
            return new NativeChunk(pointer, bytes);
        }
        unsafe
        {
            return new NativeChunk((nint)NativeMemory.Alloc(bytes), bytes);
        }
    }

    protected override bool ReleaseHandle()
    {
        if (OperatingSystem.IsLinux())
        {
            return Munmap(handle, _bytes) == 0;
        }
        unsafe
        {
            NativeMemory.Free((void*)handle);
        }
        return true;
    }

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial nint Mmap(nint address, nuint length, int protection, int flags, int descriptor, long offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int Munmap(nint address, nuint length);
}
