using PaperGraph.Diagnostics;
using PaperGraph.IO;

namespace PaperGraph.Graph.Persistence;

/// <summary>
/// The saved graph: a versioned binary file of nodes, then edge, evidence and adjacency columns, then the evidence
/// sentences as UTF-8 (docs/graph-format.md).
/// </summary>
/// <remarks>
/// Columns are written as raw little-endian arrays and read where the file holds them (mapped, <c>Storage.Column</c>),
/// so loading is checking rather than parsing or copying; the sentences, most of the file, are only checked: evidence
/// reads them from the file when asked.
/// Readers refuse other versions with PG4002 rather than guessing at a layout they do not know; version 2 (no
/// checksums) and version 1 (gzip JSON) files are still read, and version 3 in both its layouts (see
/// <c>GraphFileFormat.AmbiguousVersion</c>). Since version 3 (main's) every section has a CRC-32 in a trailer, checked at
/// load: a corrupt file is PG4001, never a silently different graph. A loaded graph keeps the one handle it was read
/// through, so a rebuild that replaces the file meanwhile never mixes two files. Version 4 adds the names kept apart
/// (homonyms) to the checksummed merges and diagnostics section; version 5 the curation decisions applied (after the
/// names kept apart, in the same section); version 6 the replay log after the sentence text, which incremental builds
/// read and nothing else does; version 7 writes the senses of a name kept apart as node ids instead of keys.
/// </remarks>
public static class GraphFile
{
    public const string FormatName = "papergraph";
    public const int Version = 7;

    /// <summary>Saves the graph all or nothing (<see cref="AtomicFile"/>); cancelling stops it and leaves no temporary file.</summary>
    public static void Save(KnowledgeGraph graph, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, stream => Write(graph, stream), seekable: true, cancellationToken);

    /// <param name="graph">The graph to write.</param>
    /// <param name="stream">A seekable, readable stream (a file, or memory): sections are read back for their checksums.</param>
    public static void Write(KnowledgeGraph graph, Stream stream) => GraphFileWriter.Write(graph, stream, Version, checksums: true, keptApart: true, curation: true);

    /// <summary>Writes a layout of an older version (tests of backward reading): version 2, or either layout of version 3.</summary>
    internal static void Write(KnowledgeGraph graph, Stream stream, int version, bool checksums, bool keptApart) =>
        GraphFileWriter.Write(graph, stream, version, checksums, keptApart, curation: version >= GraphFileFormat.CurationVersion);

    /// <summary>True when the file is a saved graph (this format, or a version 1 gzip file named *.pgz), not a corpus.</summary>
    public static bool IsGraphFile(string path) => GraphFileReader.IsGraphFile(path);

    /// <summary>Loads a saved graph; a missing, corrupt or foreign file is a diagnostic, not an exception.</summary>
    public static (KnowledgeGraph? Graph, Diagnostic? Problem) TryLoad(string path) => GraphFileReader.TryLoad(path);

    /// <summary>What <c>stats</c> counts, read from a saved graph without loading it; problems as <see cref="TryLoad"/> reports them.</summary>
    public static (GraphCensus? Census, Diagnostic? Problem) TryReadCensus(string path) => GraphFileReader.TryReadCensus(path);
}
