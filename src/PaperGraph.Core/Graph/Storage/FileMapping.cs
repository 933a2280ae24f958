using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// A saved graph file mapped read-only into memory, for <see cref="Column{T}"/>s that read their values where the file
/// holds them. Unmapped when nothing refers to it any more (by its finaliser) or when disposed.
/// </summary>
/// <remarks>
/// Safe against the file being replaced: a save writes a new file and renames it over the old one
/// (<c>AtomicFile</c>), and the mapping keeps the old file's pages. Not safe against the file being rewritten in place
/// (<c>cp</c> over it, a test writing the same path again): a read past its new end is a bus error. So nothing may read a
/// mapping once its graph is given up, and a failed load waits for its workers before it returns. Not used on Windows, where a mapped file cannot be
/// replaced that way: there the columns are read into arrays (<see cref="IsSupported"/>).
/// </remarks>
internal sealed unsafe class FileMapping : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private int _released;

    private FileMapping(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* start, long length)
    {
        _file = file;
        _view = view;
        Start = start;
        Length = length;
    }

    ~FileMapping() => Release();

    /// <summary>True where a graph file may be mapped while it is in use.</summary>
    public static bool IsSupported => !OperatingSystem.IsWindows();

    /// <summary>Where the mapped bytes start; valid while the mapping is reachable and not disposed.</summary>
    public byte* Start { get; }

    public long Length { get; }

    /// <summary>
    /// The first <paramref name="length"/> bytes of <paramref name="handle"/> mapped, or null where this system or file
    /// cannot be (<see cref="IsSupported"/>, a file system without mappings): the caller then reads into arrays.
    /// </summary>
    public static FileMapping? TryOf(SafeFileHandle handle, long length)
    {
        if (!IsSupported || length <= 0)
        {
            return null;
        }
        try
        {
            return Of(handle, length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Maps the first <paramref name="length"/> bytes of <paramref name="handle"/>, which stays the caller's to close.</summary>
    public static FileMapping Of(SafeFileHandle handle, long length)
    {
        var file = MemoryMappedFile.CreateFromFile(handle, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new FileMapping(file, view, start + view.PointerOffset, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The bytes at <paramref name="offset"/>; keep the mapping reachable while the span is in use.</summary>
    public ReadOnlySpan<byte> Bytes(long offset, int count) =>
        offset >= 0 && count >= 0 && count <= Length - offset ? new(Start + offset, count) : throw new ArgumentOutOfRangeException(nameof(offset));

    /// <summary>Unmaps the file at once; only for a graph that is known to be read no more.</summary>
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
