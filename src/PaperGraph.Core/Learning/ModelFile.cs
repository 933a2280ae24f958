using System.Buffers.Binary;
using PaperGraph.Diagnostics;

namespace PaperGraph.Learning;

/// <summary>
/// The model file (<c>.pgm</c>): a magic, a format version, the tagger's and the decision stage's weights, and a
/// checksum of everything before it. See docs/model-format.md.
/// </summary>
/// <remarks>
/// Little-endian throughout. Rows are written in training order, so the same training run gives the same bytes. A file
/// that is not a model, is cut short or has a flipped byte is a diagnostic, never an exception.
/// </remarks>
internal static class ModelFile
{
    public const int FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "PGMODEL\n"u8;

    public static byte[] Write(ExtractionModel model)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        WriteInt(buffer, FormatVersion);
        WriteWeights(buffer, model.Tagger.Emissions);
        WriteInt(buffer, model.Tagger.Transitions.Length);
        foreach (var value in model.Tagger.Transitions)
        {
            WriteFloat(buffer, value);
        }
        WriteWeights(buffer, model.Decision);
        var body = buffer.ToArray();
        var checksum = Checksum(body);
        var file = new byte[body.Length + 8];
        body.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(body.Length), checksum);
        return file;
    }

    public static (ExtractionModel? Model, Diagnostic? Problem) Read(string path)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.InvalidModelFile, new Location(path, 0), exception.Message));
        }
    }

    public static (ExtractionModel? Model, Diagnostic? Problem) Read(Stream stream, string name)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.ToArray(), name);
    }

    public static (ExtractionModel? Model, Diagnostic? Problem) Read(byte[] bytes, string name)
    {
        var location = new Location(name, 0);
        (ExtractionModel?, Diagnostic?) Invalid(string why) => (null, Diagnostic.Create(DiagnosticCatalog.InvalidModelFile, location, why));
        if (bytes.Length < Magic.Length + 4 + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return Invalid("it is not a PaperGraph model (no PGMODEL header)");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        if (version != FormatVersion)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.UnsupportedModelVersion, location, version, FormatVersion));
        }
        var body = bytes.AsSpan(0, bytes.Length - 8);
        if (Checksum(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)))
        {
            return Invalid("its checksum does not match (the file is cut short or damaged)");
        }
        var reader = new Reader(bytes, Magic.Length + 4, body.Length);
        if (!reader.TryWeights(TagScheme.Count, out var emissions)
            || !reader.TryInt(out var transitionCount) || transitionCount != (TagScheme.Count + 1) * TagScheme.Count
            || !reader.TryFloats(transitionCount, out var transitions)
            || !reader.TryWeights(ExtractionModel.DecisionClasses, out var decision)
            || !reader.AtEnd)
        {
            return Invalid("its sections do not add up");
        }
        return (new ExtractionModel(new SequenceTagger(emissions, transitions), decision), null);
    }

    private static void WriteWeights(Stream stream, LinearWeights weights)
    {
        WriteInt(stream, weights.ClassCount);
        WriteInt(stream, weights.FeatureCount);
        Span<byte> eight = stackalloc byte[8];
        foreach (var (feature, row) in weights.Rows())
        {
            BinaryPrimitives.WriteUInt64LittleEndian(eight, feature);
            stream.Write(eight);
            foreach (var value in row.Span)
            {
                WriteFloat(stream, value);
            }
        }
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(four, value);
        stream.Write(four);
    }

    private static void WriteFloat(Stream stream, float value)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(four, value);
        stream.Write(four);
    }

    /// <summary>FNV-1a over the bytes, 64 bits: catches cuts and flipped bytes; not a defence against forgery.</summary>
    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Bounds-checked reads over the body.</summary>
    private ref struct Reader(byte[] bytes, int position, int end)
    {
        private int _position = position;

        public readonly bool AtEnd => _position == end;

        public bool TryInt(out int value)
        {
            value = 0;
            if (end - _position < 4)
            {
                return false;
            }
            value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_position));
            _position += 4;
            return true;
        }

        public bool TryFloats(int count, out float[] values)
        {
            values = [];
            if (count < 0 || (long)count * 4 > end - _position)
            {
                return false;
            }
            values = new float[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(_position + 4 * i));
            }
            _position += 4 * count;
            return true;
        }

        public bool TryWeights(int expectedClasses, out LinearWeights weights)
        {
            weights = null!;
            if (!TryInt(out var classes) || classes != expectedClasses || !TryInt(out var rowCount) || rowCount < 0
                || (long)rowCount * (8 + 4L * classes) > end - _position)
            {
                return false;
            }
            var rows = new List<(ulong, float[])>(rowCount);
            for (var r = 0; r < rowCount; r++)
            {
                var feature = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(_position));
                _position += 8;
                if (feature == 0 || !TryFloats(classes, out var row))
                {
                    return false;
                }
                rows.Add((feature, row));
            }
            weights = new LinearWeights(classes, rows);
            return true;
        }
    }
}
