using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// Large arrays whose memory the kernel may back with 2 MB pages as they are first written, instead of 4 KB ones.
/// </summary>
/// <remarks>
/// Why: a million-paper build freezes about 1.6 GB of columns into fresh arrays (and a load does where the file cannot
/// be mapped), and on a virtual machine every first touch of a 4 KB page is a fault that costs microseconds: a one-off
/// <c>show</c> that read its columns into arrays spent more system time than user time, most of it faulting and
/// zeroing pages, and advising them cut that system time from 5-10 s to about 2 s. Linux's usual transparent-huge-page setting, <c>madvise</c>, gives
/// 2 MB pages only to memory a process asks them for, and the runtime does not ask for its heap. So the arrays are
/// allocated as usual and the 2 MB-aligned stretch inside each is advised (<c>MADV_HUGEPAGE</c>) before anything is
/// written to it. The advice only chooses the page size: it changes no content, the collector may still move or free
/// the array, and where the kernel cannot or will not (THP off, no free huge pages) the pages are simply 4 KB ones.
/// </remarks>
internal static partial class HugePages
{
    private const nuint PageSize = 2 << 20;
    private const int AdviseHugePage = 14;

    /// <summary>Below this, a column is too small for a huge page to matter.</summary>
    private const long WorthAdvising = 4L << 20;

    /// <summary>An array of <paramref name="count"/> values, uninitialised, its interior advised for huge pages when it is large.</summary>
    /// <param name="count">How many values.</param>
    /// <param name="pinned">On the pinned object heap, never moved: for a <see cref="Column{T}"/>, which reads it by address.</param>
    public static T[] AllocateUninitialized<T>(int count, bool pinned = false) where T : unmanaged
    {
        var values = GC.AllocateUninitializedArray<T>(count, pinned);
        if (OperatingSystem.IsLinux() && (long)count * Unsafe.SizeOf<T>() >= WorthAdvising)
        {
            Advise(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        return values;
    }

    private static unsafe void Advise(Span<byte> memory)
    {
        fixed (byte* start = memory)
        {
            var first = ((nuint)start + PageSize - 1) & ~(PageSize - 1);
            var end = ((nuint)start + (nuint)memory.Length) & ~(PageSize - 1);
            if (end > first)
            {
                // Best effort: a kernel without THP, or one that refuses, leaves 4 KB pages, which are only slower.
                _ = Madvise((nint)first, end - first, AdviseHugePage);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
