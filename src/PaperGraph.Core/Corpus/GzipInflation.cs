using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Corpus;

/// <summary>
/// The decompressed bytes of a gzip file (one member or several, as <c>cat a.gz b.gz</c> makes), read by offset like a
/// plain file: reading forward inflates on, reading an earlier offset starts inflating again from the beginning.
/// </summary>
/// <remarks>
/// The readers make a few passes over an input, each from its start to its end, so inflating each pass again costs far
/// less than a decompressed copy on disk (a million abstracts are gigabytes) and reads exactly the same bytes every time.
/// A damaged or truncated stream is an <see cref="IOException"/> at the point it is found, so what came before is kept.
/// </remarks>
internal sealed class GzipInflation(SafeFileHandle compressed, long compressedLength, string displayPath) : IDisposable
{
    /// <summary>The two bytes every gzip member starts with (RFC 1952).</summary>
    public static bool IsGzip(ReadOnlySpan<byte> start) => start.Length >= 2 && start[0] == 0x1F && start[1] == 0x8B;

    private readonly Lock _gate = new();
    private GZipStream? _inflater;
    private long _position;
    private bool _ended;

    /// <summary>Reads decompressed bytes from <paramref name="offset"/>; 0 at the end of the stream.</summary>
    /// <exception cref="IOException">The compressed file is damaged or cannot be read.</exception>
    public int Read(Span<byte> buffer, long offset)
    {
        lock (_gate)
        {
            if (_inflater is null || offset < _position)
            {
                Restart();
            }
            Span<byte> skipped = stackalloc byte[4096];
            while (_position < offset)
            {
                var read = Inflate(skipped[..(int)Math.Min(skipped.Length, offset - _position)]);
                if (read == 0)
                {
                    return 0;
                }
            }
            var filled = 0;
            while (filled < buffer.Length)
            {
                var read = Inflate(buffer[filled..]);
                if (read == 0)
                {
                    break;
                }
                filled += read;
            }
            return filled;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _inflater?.Dispose();
            _inflater = null;
        }
    }

    private void Restart()
    {
        _inflater?.Dispose();
        _inflater = new GZipStream(new IO.HandleStream(compressed, compressedLength), CompressionMode.Decompress);
        _position = 0;
        _ended = false;
    }

    private int Inflate(Span<byte> buffer)
    {
        if (_ended)
        {
            return 0;
        }
        int read;
        try
        {
            read = _inflater!.Read(buffer);
        }
        catch (InvalidDataException exception)
        {
            // Not a file-system failure but the same for the user: this input cannot be read on from here.
            throw new IOException($"'{displayPath}' is not a valid gzip file after {_position:N0} decompressed bytes ({exception.Message})", exception);
        }
        _ended = read == 0;
        _position += read;
        return read;
    }
}
