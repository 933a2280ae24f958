using System.Buffers.Binary;
using System.IO.Hashing;

namespace PaperGraph.Graph.Persistence;

/// <summary>
/// The CRC-32 of each section of a version 3 (main's layout) or 4 graph file, stored in its trailer: any flipped byte is caught at load and
/// named by its section, never loaded silently.
/// </summary>
internal static class SectionChecksums
{
    /// <summary>The sections of versions 3 to 5, in file order; the trailer holds one CRC-32 per section, in this order.</summary>
    public static readonly string[] Names = ["header", "nodes", "sentences", "edges", "adjacency", "merges and diagnostics", "sentence text"];

    /// <summary>The sections since version 6: the replay log follows the sentence text.</summary>
    public static readonly string[] NamesWithReplay = [.. Names, "replay log"];

    /// <summary>The section names of a file of <paramref name="version"/>.</summary>
    public static string[] NamesOf(int version) => version >= GraphFileFormat.ReplayVersion ? NamesWithReplay : Names;

    /// <summary>The trailer of a version 3 to 5 file: <c>int</c> section count, then a <c>uint</c> CRC-32 per section.</summary>
    public static int TrailerLength => TrailerLengthOf(Names.Length);

    public static int TrailerLengthOf(int sections) => sizeof(int) + sizeof(uint) * sections;

    /// <summary>The CRC-32 of bytes <paramref name="start"/>..<paramref name="end"/> of a stream, read back.</summary>
    public static uint Of(Stream stream, long start, long end)
    {
        var crc = new Crc32();
        var buffer = new byte[1 << 20];
        stream.Position = start;
        for (var left = end - start; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            crc.Append(buffer.AsSpan(0, read));
            left -= read;
        }
        return crc.GetCurrentHashAsUInt32();
    }

    /// <summary>Adds bytes <paramref name="start"/>..<paramref name="end"/> of an open file to <paramref name="crc"/>, read in large blocks at their offsets (no stream position to share).</summary>
    public static void AppendFile(Crc32 crc, Microsoft.Win32.SafeHandles.SafeFileHandle file, long start, long end)
    {
        var buffer = new byte[1 << 20];
        for (var at = start; at < end;)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            crc.Append(buffer.AsSpan(0, read));
            at += read;
        }
    }

    /// <summary>Adds bytes <paramref name="start"/>..<paramref name="end"/> of a mapped file to <paramref name="crc"/>, where they lie (nothing copied).</summary>
    public static void AppendMapped(Crc32 crc, Storage.FileMapping mapping, long start, long end)
    {
        // Spans are int-sized: a section of gigabytes is hashed a gigabyte at a time.
        for (var at = start; at < end; at += 1 << 30)
        {
            crc.Append(mapping.Bytes(at, (int)Math.Min(1 << 30, end - at)));
        }
        GC.KeepAlive(mapping);
    }

    /// <summary>
    /// True when the file ends in what reads as a trailer: its section count is a little-endian 7, bytes
    /// (07 00 00 00) that UTF-8 sentence text, the end of a file without a trailer, never holds.
    /// </summary>
    public static bool HasTrailer(Stream file, long length)
    {
        if (length < TrailerLength)
        {
            return false;
        }
        Span<byte> count = stackalloc byte[sizeof(int)];
        file.Position = length - TrailerLength;
        file.ReadExactly(count);
        return BinaryPrimitives.ReadInt32LittleEndian(count) == Names.Length;
    }

    /// <summary>Reads the trailer of <paramref name="sections"/> checksums at the end of a file of <paramref name="length"/> bytes.</summary>
    public static uint[] ReadTrailer(Stream file, long length, int sections)
    {
        var trailerLength = TrailerLengthOf(sections);
        if (length < trailerLength)
        {
            throw new InvalidDataException("the file ends early (truncated?)");
        }
        var trailer = new byte[trailerLength];
        file.Position = length - trailerLength;
        file.ReadExactly(trailer);
        if (BinaryPrimitives.ReadInt32LittleEndian(trailer) != sections)
        {
            throw new InvalidDataException("the checksum trailer is damaged (truncated?)");
        }
        var checksums = new uint[sections];
        for (var i = 0; i < checksums.Length; i++)
        {
            checksums[i] = BinaryPrimitives.ReadUInt32LittleEndian(trailer.AsSpan(sizeof(int) + i * sizeof(uint)));
        }
        return checksums;
    }
}

/// <summary>Hashes the bytes read through it, section by section, so a loader checks each section as it reads it.</summary>
internal sealed class ChecksumReadStream(Stream inner) : Stream
{
    private readonly Crc32 _crc = new();

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException("a checked section is read in order");
    }

    /// <summary>The CRC-32 of what was read since the last call, starting afresh.</summary>
    public uint TakeChecksum()
    {
        var value = _crc.GetCurrentHashAsUInt32();
        _crc.Reset();
        return value;
    }

    /// <summary>Steps over bytes not needed, without hashing them: the section they are in cannot be checked, and the checksum starts afresh.</summary>
    public void SkipUnchecked(long count)
    {
        if (count < 0 || count > inner.Length - inner.Position)
        {
            throw new EndOfStreamException();
        }
        inner.Position += count;
        _crc.Reset();
    }

    /// <summary>
    /// Steps over the next <paramref name="count"/> bytes, hashing them where <paramref name="mapping"/> (the same file,
    /// mapped) holds them: a column read in place is checked as if it had been read through this stream.
    /// </summary>
    public void StepOverHashed(Storage.FileMapping mapping, long count)
    {
        if (count < 0 || count > inner.Length - inner.Position)
        {
            throw new EndOfStreamException();
        }
        SectionChecksums.AppendMapped(_crc, mapping, inner.Position, inner.Position + count);
        inner.Position += count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _crc.Append(buffer[..read]);
        return read;
    }

    public override int ReadByte()
    {
        var value = inner.ReadByte();
        if (value >= 0)
        {
            _crc.Append([(byte)value]);
        }
        return value;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a checked section is read in order");

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
