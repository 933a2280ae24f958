using Microsoft.Win32.SafeHandles;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// What a graph was built from, in the order its builder was given it: each paper's extraction and each corpus
/// diagnostic, as the records of <c>ReplayRecords</c>. An incremental build replays it into a new builder instead of
/// reading and extracting the old inputs again.
/// </summary>
/// <remarks>
/// Kept beside the graph, not in it: like the sentence text it is mostly bytes that no query reads, so it is spilled
/// to a temporary file while building and left in the graph file when loading, read only by an incremental build.
/// </remarks>
internal sealed class ReplayLog : IDisposable
{
    private readonly SpillableBytes _bytes;
    private readonly MemoryStream _record = new();
    private readonly BinaryWriter _writer;

    private ReplayLog(SpillableBytes bytes, int paperCount, int curationDecisions, uint? checksum)
    {
        _bytes = bytes;
        PaperCount = paperCount;
        CurationDecisions = curationDecisions;
        Checksum = checksum;
        _writer = new BinaryWriter(_record, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>How many paper records the log holds (a corpus diagnostic is a record too, not counted here).</summary>
    public int PaperCount { get; private set; }

    public long Length => _bytes.Length;

    /// <summary>For a log read from a graph file: how many curation decisions the build that saved it applied (an update without them warns, PG4032).</summary>
    public int CurationDecisions { get; }

    /// <summary>The CRC-32 the graph file holds for the log, checked before it is replayed; null for a log being built.</summary>
    public uint? Checksum { get; }

    public static ReplayLog CreateWritable() => new(SpillableBytes.CreateWritable("replay log"), 0, 0, null);

    /// <summary>The log of a saved graph: <paramref name="length"/> bytes at <paramref name="offset"/> of its open file.</summary>
    public static ReplayLog InFile(SafeFileHandle file, long offset, long length, int paperCount, int curationDecisions, uint? checksum) =>
        new(SpillableBytes.InFile("replay log", file, offset, length), paperCount, curationDecisions, checksum);

    /// <summary>Appends one record, written by <paramref name="write"/>.</summary>
    public void Append(Action<BinaryWriter> write, bool isPaper)
    {
        _record.SetLength(0);
        write(_writer);
        _writer.Flush();
        _bytes.Append(_record.GetBuffer().AsSpan(0, (int)_record.Length));
        if (isPaper)
        {
            PaperCount++;
        }
    }

    /// <summary>Ends appending: the log can be saved and read from then on.</summary>
    public void Seal()
    {
        if (!_bytes.IsSealed)
        {
            _bytes.Seal();
        }
    }

    /// <summary>
    /// Checks the log against the checksum its graph file holds (over the section: records, then the footer),
    /// reading it once: a damaged log is an <see cref="InvalidDataException"/> before any of it is replayed.
    /// </summary>
    public void Verify()
    {
        if (Checksum is not { } expected)
        {
            return;
        }
        var crc = new System.IO.Hashing.Crc32();
        var buffer = new byte[1 << 20];
        using (var stream = _bytes.OpenRead())
        {
            for (int read; (read = stream.Read(buffer)) > 0;)
            {
                crc.Append(buffer.AsSpan(0, read));
            }
        }
        crc.Append(BitConverter.GetBytes(PaperCount));
        crc.Append(BitConverter.GetBytes(CurationDecisions));
        crc.Append(BitConverter.GetBytes(Length));
        if (crc.GetCurrentHashAsUInt32() != expected)
        {
            throw new InvalidDataException("the replay log section is damaged (its checksum does not match)");
        }
    }

    public Stream OpenRead() => new BufferedStream(_bytes.OpenRead(), 1 << 16);

    public void CopyTo(Stream destination) => _bytes.CopyTo(destination);

    public void Dispose()
    {
        _writer.Dispose();
        _bytes.Dispose();
    }
}
