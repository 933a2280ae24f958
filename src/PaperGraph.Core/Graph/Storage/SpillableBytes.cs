using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// An append-only run of bytes addressed by offset: kept in memory while small, spilled to an unlinked temporary file
/// once large, or read in place from a saved graph file. The sentence text and the replay log of a graph live in one.
/// </summary>
/// <remarks>
/// Both are most of a graph's bytes but are read rarely (evidence a handful of sentences per query, the replay log
/// once per incremental build), so they live outside the managed heap: at a million papers that keeps gigabytes off
/// the build's and the loader's peak memory.
/// </remarks>
internal sealed class SpillableBytes : IDisposable
{
    private const int ChunkSize = 1 << 20;
    private const long SpillThreshold = 32L << 20;

    private readonly string _what;
    private readonly List<byte[]> _chunks = [];
    private SafeFileHandle? _file;
    private long _fileBase;
    private FileStream? _spill;
    private bool _sealed;

    public long Length { get; private set; }

    /// <param name="what">What the bytes are, for error messages ("sentence store", "replay log").</param>
    private SpillableBytes(string what) => _what = what;

    /// <summary>An empty store that grows as bytes are appended.</summary>
    public static SpillableBytes CreateWritable(string what) => new(what);

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/> of an open graph file.</summary>
    public static SpillableBytes InFile(string what, SafeFileHandle file, long offset, long length) =>
        new(what) { _file = file, _fileBase = offset, Length = length, _sealed = true };

    /// <summary>Appends <paramref name="bytes"/> and returns the offset they start at.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        if (_sealed)
        {
            throw new InvalidOperationException($"the {_what} is sealed");
        }
        var offset = Length;
        if (_spill is not null)
        {
            _spill.Write(bytes);
        }
        else
        {
            WriteToChunks(bytes);
        }
        Length += bytes.Length;
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

    public bool IsSealed => _sealed;

    /// <summary>Closes the file the bytes are read from; graphs normally leave this to the finaliser, as they live until the process ends.</summary>
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

    /// <summary>A read-only stream over the bytes from the start, for reading them in order.</summary>
    public Stream OpenRead() => new Reader(this);

    public void ReadBytes(long offset, Span<byte> destination)
    {
        if (!_sealed)
        {
            throw new InvalidOperationException($"the {_what} is still being written");
        }
        if (offset < 0 || offset + destination.Length > Length)
        {
            throw new InvalidDataException($"{_what} bytes {offset}..{offset + destination.Length} lie outside the store ({Length} bytes)");
        }
        if (_file is not null)
        {
            var read = 0;
            while (read < destination.Length)
            {
                var count = RandomAccess.Read(_file, destination[read..], _fileBase + offset + read);
                if (count == 0)
                {
                    throw new InvalidDataException($"the graph file ends inside its {_what}");
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

    private void WriteToChunks(ReadOnlySpan<byte> remaining)
    {
        var position = Length;
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

    private void Spill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-{_what.Replace(' ', '-')}-{Guid.NewGuid():N}.tmp");
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

    /// <summary>Reads the store in order, a block at a time.</summary>
    private sealed class Reader(SpillableBytes bytes) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => bytes.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, bytes.Length - _position);
            bytes.ReadBytes(_position, buffer[..count]);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
