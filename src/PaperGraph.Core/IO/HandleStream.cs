using Microsoft.Win32.SafeHandles;

namespace PaperGraph.IO;

/// <summary>
/// A read-only, seekable stream over a file handle someone else owns: reading through it never reopens the file by
/// path, and disposing it leaves the handle open (a loaded graph keeps reading evidence through the same handle).
/// </summary>
internal sealed class HandleStream(SafeFileHandle handle, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= length)
        {
            return 0;
        }
        var wanted = (int)Math.Min(buffer.Length, length - _position);
        var read = RandomAccess.Read(handle, buffer[..wanted], _position);
        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
