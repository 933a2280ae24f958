using PaperGraph.Export;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

/// <summary>
/// Point 9 of issue 14: <c>export -o -</c> of a large graph held the whole output in memory before writing a byte.
/// An exporter that streams has written its first bytes long before it has made all of them.
/// </summary>
/// <remarks>Memory is measured on the whole heap, so these run apart from other tests (<see cref="ProcessWideState"/>).</remarks>
[Collection(ProcessWideState.Name)]
public sealed class ExportStreamingTests
{
    private static readonly Lazy<PaperGraph.Graph.KnowledgeGraph> Graph = new(() => SampleGraphs.Large(3000));

    [Theory]
    [InlineData("json")]
    [InlineData("graphml")]
    [InlineData("dot")]
    [InlineData("cypher")]
    public void An_export_writes_its_first_bytes_before_it_has_made_most_of_its_output(string format)
    {
        var exporter = ExporterRegistry.Find(format)!;
        var counting = new FirstWriteStream(stopAtFirstWrite: false);
        exporter.Write(Graph.Value, counting);
        var total = counting.Written;

        // The same export again, stopped at its first write: how much came at once, and how much memory the export
        // held by then (live after a full collection, so a deterministic figure, not a timing). A buffering exporter
        // holds its whole output (a string, a MemoryStream, a JSON writer never flushed) before its first write.
        var first = new FirstWriteStream(stopAtFirstWrite: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Throws<FirstWriteStream.Stopped>(() => exporter.Write(Graph.Value, first));
        var held = first.LiveAtFirstWrite - before;

        Assert.True(total > 1_000_000, $"the sample export is only {total:N0} bytes: too small to tell streaming apart");
        Assert.True(first.FirstWriteLength < total / 10, $"{format}: the first write was {first.FirstWriteLength:N0} of {total:N0} bytes");
        Assert.True(held < total / 2, $"{format}: the export held {held:N0} bytes at its first write, of a {total:N0}-byte output");
    }

    /// <summary>Counts what is written; optionally stops the export at its first write, noting the live memory then.</summary>
    private sealed class FirstWriteStream(bool stopAtFirstWrite) : Stream
    {
        public long Written { get; private set; }
        public long FirstWriteLength { get; private set; } = -1;
        public long LiveAtFirstWrite { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (FirstWriteLength < 0)
            {
                LiveAtFirstWrite = GC.GetTotalMemory(forceFullCollection: true);
                FirstWriteLength = buffer.Length;
                if (stopAtFirstWrite)
                {
                    throw new Stopped();
                }
            }
            Written += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void WriteByte(byte value) => Write([value]);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public sealed class Stopped : Exception;
    }
}
