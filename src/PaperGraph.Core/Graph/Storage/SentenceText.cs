using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// The UTF-8 text of evidence sentences, addressed by byte offset, in a <see cref="SpillableBytes"/> store: in memory
/// while small, spilled to an unlinked temporary file once large, or read in place from a saved graph file.
/// </summary>
/// <remarks>
/// Sentences are most of a graph's bytes (about 1 KB per paper) but are read only to show evidence, a handful per
/// query, so they live outside the managed heap.
/// </remarks>
internal sealed class SentenceText : IDisposable
{
    private readonly SpillableBytes _bytes;

    private SentenceText(SpillableBytes bytes) => _bytes = bytes;

    public long Length => _bytes.Length;

    /// <summary>An empty store that grows as sentences are appended.</summary>
    public static SentenceText CreateWritable() => new(SpillableBytes.CreateWritable("sentence store"));

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/> of an open graph file.</summary>
    public static SentenceText InFile(SafeFileHandle file, long offset, long length) => new(SpillableBytes.InFile("sentence store", file, offset, length));

    /// <summary>Appends a sentence and returns its byte offset.</summary>
    public long Append(ReadOnlySpan<char> sentence)
    {
        var byteCount = Encoding.UTF8.GetByteCount(sentence);
        var bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(sentence, bytes);
        return _bytes.Append(bytes);
    }

    /// <summary>Ends appending; reads are allowed from then on.</summary>
    public void Seal() => _bytes.Seal();

    public string Read(long offset, int length)
    {
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        _bytes.ReadBytes(offset, bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Closes the file the text is read from; graphs normally leave this to the finaliser, as they live until the process ends.</summary>
    public void Dispose() => _bytes.Dispose();

    /// <summary>Copies every byte, in order, to <paramref name="destination"/> (saving a graph).</summary>
    public void CopyTo(Stream destination) => _bytes.CopyTo(destination);
}
