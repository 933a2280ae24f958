using PaperGraph.Model;

namespace PaperGraph.Graph.Persistence;

/// <summary>What the writer and the reader of graph files agree on besides the layout itself: magic, flags, the older versions still read.</summary>
internal static class GraphFileFormat
{
    /// <summary>
    /// Version 3 had two layouts, never both: main's (version 2 with the checksum trailer) and the unreleased
    /// issue-13 branch's (version 2 with the names kept apart, no trailer). Both are still read, told apart by the trailer.
    /// </summary>
    public const int AmbiguousVersion = 3;

    /// <summary>The first version that writes the senses of a name kept apart as node ids; version 6 (senses as keys) is still read, and updated.</summary>
    public const int KeptApartNodesVersion = 7;

    /// <summary>The first version with a replay log after the sentence text (incremental builds); version 5 is still read, and cannot be updated.</summary>
    public const int ReplayVersion = 6;

    /// <summary>The first version with the curation decisions applied; version 4 (checksums and names kept apart, no curation) is still read.</summary>
    public const int CurationVersion = 5;

    /// <summary>The last version before curation, still read.</summary>
    public const int KeptApartVersion = 4;

    /// <summary>The last version without section checksums or names kept apart, still read.</summary>
    public const int UncheckedVersion = 2;

    public static ReadOnlySpan<byte> Magic => "PGRAPH\r\n"u8;

    /// <summary>Flag bit: every pair of entities sharing a paper has a CO_OCCURS edge.</summary>
    public const int CoOccurrenceComplete = 1;

    /// <summary>Flag bit (version 6 on): the replay log section holds what the graph was built from; without it the section is empty and the graph cannot be updated.</summary>
    public const int HasReplay = 2;

    // The byte each kind is stored as. These are the file's own codes, fixed since version 1 (when graph nodes had an
    // enum of their own, in this order): the enum's order may change, files already written must still read the same.
    private static readonly EntityKind[] KindOfCode = [EntityKind.Paper, EntityKind.Method, EntityKind.Dataset, EntityKind.Task, EntityKind.Technique];
    // Declared after KindOfCode, which it reads: static fields initialise in text order.
    private static readonly byte[] CodeOfKind = BuildCodes();

    public static byte KindCode(EntityKind kind) => CodeOfKind[(int)kind];

    /// <summary>The kind stored as <paramref name="code"/>; a code no version wrote is a format error.</summary>
    public static EntityKind KindOf(byte code, string where) =>
        code < KindOfCode.Length ? KindOfCode[code] : throw new InvalidDataException($"{where} has an unknown kind ({code})");

    /// <summary>The kind of node <paramref name="nodeId"/>, stored as <paramref name="code"/>; the message is made only for a bad code.</summary>
    public static EntityKind KindOfNode(byte code, int nodeId) =>
        code < KindOfCode.Length ? KindOfCode[code] : KindOf(code, $"node {nodeId}");

    private static byte[] BuildCodes()
    {
        var codes = new byte[EntityKinds.All.Length];
        for (var code = 0; code < KindOfCode.Length; code++)
        {
            codes[(int)KindOfCode[code]] = (byte)code;
        }
        return codes;
    }

    public static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("graph files are little-endian; this machine is not");
        }
    }
}
