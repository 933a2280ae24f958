using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// The UTF-8 text of evidence sentences, addressed by byte offset: kept in memory while small, spilled to an unlinked
/// temporary file once large, or read in place from a saved graph file.
/// </summary>
/// <remarks>
/// Sentences are most of a graph's bytes (about 1 KB per paper) but are read only to show evidence, a handful per
/// query, so they live outside the managed heap: at a million papers that keeps a gigabyte off the build's and the
/// loader's peak memory.
/// </remarks>
internal sealed class SentenceText : IDisposable
{
    private const int ChunkSize = 1 << 20;
    private const long SpillThreshold = 32L << 20;

    private readonly List<byte[]> _chunks = [];
    private SafeFileHandle? _file;
    private long _fileBase;
    private FileStream? _spill;
    private bool _sealed;

    public long Length { get; private set; }

    private SentenceText()
    {
    }

    /// <summary>An empty store that grows as sentences are appended.</summary>
    public static SentenceText CreateWritable() => new();

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/> of an open graph file.</summary>
    public static SentenceText InFile(SafeFileHandle file, long offset, long length) =>
        new() { _file = file, _fileBase = offset, Length = length, _sealed = true };

    /// <summary>Appends a sentence and returns its byte offset.</summary>
    public long Append(ReadOnlySpan<char> sentence)
    {
        if (_sealed)
        {
            throw new InvalidOperationException("the sentence store is sealed");
        }
        var offset = Length;
        var byteCount = Encoding.UTF8.GetByteCount(sentence);
        if (_spill is not null)
        {
            WriteToSpill(sentence, byteCount);
        }
        else
        {
            WriteToChunks(sentence, byteCount);
        }
        Length += byteCount;
        if (_spill is null && Length > SpillThreshold)
        {
            Spill();
        }
        return offset;
    }

    /// <summary>Ends appending; reads are allowed from then on.</summary>
    public void Seal()
    {
        if (_spill is not null)
        {
            _spill.Flush();
            _file = _spill.SafeFileHandle;
            _fileBase = 0;
        }
        _sealed = true;
    }

    public string Read(long offset, int length)
    {
        if (!_sealed)
        {
            throw new InvalidOperationException("the sentence store is still being written");
        }
        if (length == 0)
        {
            return "";
        }
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        ReadBytes(offset, bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Closes the file the text is read from; graphs normally leave this to the finaliser, as they live until the process ends.</summary>
    public void Dispose()
    {
        _spill?.Dispose();
        _file?.Dispose();
    }

    /// <summary>Copies every byte, in order, to <paramref name="destination"/> (saving a graph).</summary>
    public void CopyTo(Stream destination)
    {
        var buffer = new byte[ChunkSize];
        for (long done = 0; done < Length;)
        {
            var count = (int)Math.Min(buffer.Length, Length - done);
            ReadBytes(done, buffer.AsSpan(0, count));
            destination.Write(buffer, 0, count);
            done += count;
        }
    }

    private void ReadBytes(long offset, Span<byte> destination)
    {
        if (offset < 0 || offset + destination.Length > Length)
        {
            throw new InvalidDataException($"sentence bytes {offset}..{offset + destination.Length} lie outside the store ({Length} bytes)");
        }
        if (_file is not null)
        {
            var read = 0;
            while (read < destination.Length)
            {
                var count = RandomAccess.Read(_file, destination[read..], _fileBase + offset + read);
                if (count == 0)
                {
                    throw new InvalidDataException("the graph file ends inside its sentence store");
                }
                read += count;
            }
            return;
        }
        while (!destination.IsEmpty)
        {
            var chunk = _chunks[(int)(offset / ChunkSize)];
            var start = (int)(offset % ChunkSize);
            var count = Math.Min(destination.Length, ChunkSize - start);
            chunk.AsSpan(start, count).CopyTo(destination);
            destination = destination[count..];
            offset += count;
        }
    }

    private void WriteToChunks(ReadOnlySpan<char> sentence, int byteCount)
    {
        var bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(sentence, bytes);
        var position = Length;
        ReadOnlySpan<byte> remaining = bytes;
        while (!remaining.IsEmpty)
        {
            var index = (int)(position / ChunkSize);
            if (index == _chunks.Count)
            {
                _chunks.Add(new byte[ChunkSize]);
            }
            var start = (int)(position % ChunkSize);
            var count = Math.Min(remaining.Length, ChunkSize - start);
            remaining[..count].CopyTo(_chunks[index].AsSpan(start));
            remaining = remaining[count..];
            position += count;
        }
    }

    private void WriteToSpill(ReadOnlySpan<char> sentence, int byteCount)
    {
        var bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(sentence, bytes);
        _spill!.Write(bytes);
    }

    private void Spill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-sentences-{Guid.NewGuid():N}.tmp");
        _spill = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // Unlinked at once, so a killed process leaves nothing behind; the open handle keeps the bytes.
            File.Delete(path);
        }
        var written = Length;
        foreach (var chunk in _chunks)
        {
            var count = (int)Math.Min(ChunkSize, written);
            _spill.Write(chunk, 0, count);
            written -= count;
        }
        _chunks.Clear();
    }
}
