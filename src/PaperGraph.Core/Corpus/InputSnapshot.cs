using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Corpus;

/// <summary>
/// One input held open for the whole run, so every pass over it reads the same bytes: a regular file up to the length
/// it had when opened (a file that grows meanwhile is read as it was), anything else (<c>-</c> for standard input, a
/// pipe, a FIFO) copied once into a temporary file that is unlinked as soon as it is open. A gzip file (told by its
/// first bytes, whatever its name) reads as its decompressed bytes.
/// </summary>
internal sealed class InputSnapshot : IDisposable
{
    /// <summary>The input name that means standard input.</summary>
    public const string StandardInput = "-";

    private readonly SafeFileHandle _handle;
    private readonly FileStream _owner;
    private readonly long _length;

    /// <summary>The decompression of a gzip input; null for a plain one.</summary>
    private readonly GzipInflation? _gzip;

    private InputSnapshot(string displayPath, SafeFileHandle handle, long length, FileStream owner)
    {
        DisplayPath = displayPath;
        _handle = handle;
        _length = length;
        _owner = owner;
        Span<byte> start = stackalloc byte[2];
        if (length >= 2 && RandomAccess.Read(handle, start, 0) == 2 && GzipInflation.IsGzip(start))
        {
            _gzip = new GzipInflation(handle, length, displayPath);
        }
    }

    /// <summary>The name shown in sources and diagnostics.</summary>
    public string DisplayPath { get; }

    /// <summary>Whether the input is gzip-compressed (and is read decompressed).</summary>
    public bool IsCompressed => _gzip is not null;

    /// <summary>Opens <paramref name="path"/>; <see cref="StandardInput"/> reads standard input to its end first.</summary>
    /// <exception cref="IOException">The input cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The input may not be read.</exception>
    public static InputSnapshot Open(string path)
    {
        if (path == StandardInput)
        {
            using var input = Console.OpenStandardInput();
            return CopyOf(input, StandardInput);
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (stream.CanSeek)
        {
            return new InputSnapshot(path, stream.SafeFileHandle, stream.Length, stream);
        }
        // A pipe or FIFO cannot be read twice: keep what it gives once.
        using (stream)
        {
            return CopyOf(stream, path);
        }
    }

    /// <summary>A snapshot of bytes already in memory (tests, and callers that have the text).</summary>
    public static InputSnapshot FromBytes(ReadOnlySpan<byte> bytes, string displayPath)
    {
        using var memory = new MemoryStream(bytes.ToArray(), writable: false);
        return CopyOf(memory, displayPath);
    }

    /// <summary>
    /// Reads up to <paramref name="buffer"/>'s length from <paramref name="offset"/>, never past the length the input had
    /// when opened; 0 at the end.
    /// </summary>
    /// <exception cref="IOException">The input cannot be read (or, compressed, is damaged) from here on.</exception>
    public int Read(Span<byte> buffer, long offset)
    {
        if (_gzip is not null)
        {
            return _gzip.Read(buffer, offset);
        }
        if (offset >= _length)
        {
            return 0;
        }
        var wanted = (int)Math.Min(buffer.Length, _length - offset);
        return RandomAccess.Read(_handle, buffer[..wanted], offset);
    }

    public void Dispose()
    {
        _gzip?.Dispose();
        _owner.Dispose();
    }

    private static InputSnapshot CopyOf(Stream source, string displayPath)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"papergraph-input-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        try
        {
            // Unlinked while open: nothing is left behind however the process ends.
            File.Delete(temporary);
            source.CopyTo(copy);
            copy.Flush();
            return new InputSnapshot(displayPath, copy.SafeFileHandle, copy.Length, copy);
        }
        catch
        {
            copy.Dispose();
            File.Delete(temporary);
            throw;
        }
    }
}
