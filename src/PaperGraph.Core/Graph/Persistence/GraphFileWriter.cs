using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using PaperGraph.Graph.Storage;
using PaperGraph.Model;

namespace PaperGraph.Graph.Persistence;

/// <summary>Writes a graph file (docs/graph-format.md): the sections in order, then a CRC-32 per section in a trailer.</summary>
/// <remarks>
/// Columns are written as raw little-endian arrays, so <see cref="GraphFileReader"/> loads them in a few large reads
/// rather than parsing.
/// </remarks>
internal static class GraphFileWriter
{
    /// <summary>Writes the graph in the layout of <paramref name="version"/>: the current one, or an older one (tests of backward reading: version 2, or either layout of version 3).</summary>
    public static void Write(KnowledgeGraph graph, Stream stream, int version, bool checksums, bool keptApart, bool curation)
    {
        var replay = version >= GraphFileFormat.ReplayVersion ? graph.Replay : null;
        if (!stream.CanSeek || !stream.CanRead)
        {
            throw new ArgumentException("graph files are written to a seekable, readable stream", nameof(stream));
        }
        GraphFileFormat.RequireLittleEndian();
        var fileStart = stream.Position;
        var boundaries = new List<long> { fileStart };
        stream.Write(GraphFileFormat.Magic);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            void EndSection()
            {
                writer.Flush();
                boundaries.Add(stream.Position);
            }
            writer.Write(version);
            writer.Write((graph.CoOccurrenceIsComplete ? GraphFileFormat.CoOccurrenceComplete : 0) | (replay is not null ? GraphFileFormat.HasReplay : 0));
            EndSection();
            WriteNodes(writer, graph.Nodes);
            EndSection();
            WriteSentences(writer, graph.Sentences, graph);
            EndSection();
            WriteEdges(writer, graph.EdgeTable);
            EndSection();
            WriteAdjacency(writer, graph.Adjacency);
            EndSection();
            writer.Write(graph.Merges.Length);
            foreach (var merge in graph.Merges)
            {
                writer.Write(GraphFileFormat.KindCode(merge.Kind));
                writer.Write(merge.Key);
                writer.Write(merge.MergedKey);
                writer.Write(merge.Reason);
            }
            if (keptApart)
            {
                WriteKeptApart(writer, graph, keysAsNodes: version >= GraphFileFormat.KeptApartNodesVersion);
            }
            if (curation)
            {
                WriteCuration(writer, graph.Curation);
            }
            writer.Write(graph.Diagnostics.Length);
            foreach (var diagnostic in graph.Diagnostics)
            {
                writer.Write(diagnostic.Id);
                writer.Write(diagnostic.Location.FilePath);
                writer.Write(diagnostic.Location.Line);
                writer.Write(diagnostic.Message);
            }
            EndSection();
            writer.Write(graph.Sentences.Text.Length);
        }
        graph.Sentences.Text.CopyTo(stream);
        stream.Flush();
        if (version >= GraphFileFormat.ReplayVersion)
        {
            boundaries.Add(stream.Position);
            WriteReplay(stream, replay, graph.Curation.Length);
        }
        if (!checksums)
        {
            return;
        }
        boundaries.Add(stream.Position);
        var sums = new uint[SectionChecksums.NamesOf(version).Length];
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = SectionChecksums.Of(stream, boundaries[i], boundaries[i + 1]);
        }
        stream.Position = boundaries[^1];
        using (var trailer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            trailer.Write(sums.Length);
            foreach (var checksum in sums)
            {
                trailer.Write(checksum);
            }
        }
    }

    /// <summary>
    /// The replay log: its records, then its paper count, the number of curation decisions the build applied, and the
    /// records' length, so a reader finds it from the end of the file (<see cref="GraphFileReader.TryOpenReplay"/>);
    /// a graph without one writes no records and zeros.
    /// </summary>
    private static void WriteReplay(Stream stream, ReplayLog? replay, int curationDecisions)
    {
        replay?.CopyTo(stream);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(replay?.PaperCount ?? 0);
            writer.Write(replay is null ? 0 : curationDecisions);
            writer.Write(replay?.Length ?? 0L);
        }
        stream.Flush();
    }

    /// <remarks>
    /// Since version 7 (<paramref name="keysAsNodes"/>) a sense that is a node is written as its node id, -1 and the key
    /// for one a curation merge joined into another node: a million senses were a million key strings to allocate, and
    /// to find again by key, at every load.
    /// </remarks>
    private static void WriteKeptApart(BinaryWriter writer, KnowledgeGraph graph, bool keysAsNodes)
    {
        writer.Write(graph.KeptApart.Length);
        foreach (var kept in graph.KeptApart)
        {
            writer.Write(GraphFileFormat.KindCode(kept.Kind));
            writer.Write(kept.Name);
            writer.Write(kept.Reason);
            writer.Write(kept.Keys.Length);
            foreach (var key in kept.Keys)
            {
                if (keysAsNodes)
                {
                    var isNode = graph.TryGetNode(kept.Kind, key, out var node);
                    writer.Write(isNode ? node.Id : -1);
                    if (isNode)
                    {
                        continue;
                    }
                }
                writer.Write(key);
            }
        }
    }

    private static void WriteCuration(BinaryWriter writer, ImmutableArray<CurationRecord> records)
    {
        writer.Write(records.Length);
        foreach (var record in records)
        {
            writer.Write((byte)record.Decision);
            writer.Write(record.Detail);
            writer.Write(record.Source);
            writer.Write(record.Nodes.Length);
            foreach (var node in record.Nodes)
            {
                writer.Write(GraphFileFormat.KindCode(node.Kind));
                writer.Write(node.Key);
            }
        }
    }

    /// <summary>The node records, preceded by their total length in bytes so a reader can take them in one read.</summary>
    private static void WriteNodes(BinaryWriter writer, ImmutableArray<GraphNode> nodes)
    {
        writer.Write(nodes.Length);
        writer.Flush();
        var stream = writer.BaseStream;
        var lengthAt = stream.Position;
        writer.Write(0L);
        foreach (var node in nodes)
        {
            writer.Write(GraphFileFormat.KindCode(node.Kind));
            writer.Write(node.Key);
            writer.Write(node.Name);
            WriteStrings(writer, node.Aliases);
            WriteOptional(writer, node.LongForm);
            writer.Write(node.PaperCount);
            writer.Write(node.ProposedCount);
            WriteStrings(writer, node.Dates);
            WriteStrings(writer, node.Sources);
            WriteOptional(writer, node.Parent);
        }
        writer.Flush();
        // Patched in place rather than measured in a buffer first: the section is hundreds of megabytes at scale.
        var end = stream.Position;
        stream.Position = lengthAt;
        writer.Write(end - lengthAt - sizeof(long));
        writer.Flush();
        stream.Position = end;
    }

    private static void WriteSentences(BinaryWriter writer, SentenceTable sentences, KnowledgeGraph graph)
    {
        // Paper keys that are a paper node's key are written as the node id: most of them, and no string twice.
        writer.Write(sentences.PaperKeys.Length);
        foreach (var key in sentences.PaperKeys)
        {
            if (graph.TryGetNode(EntityKind.Paper, key, out var node))
            {
                writer.Write(node.Id);
            }
            else
            {
                writer.Write(-1);
                writer.Write(key);
            }
        }
        writer.Write(sentences.Count);
        WriteColumn(writer, sentences.Paper);
        WriteColumn(writer, sentences.Number);
        WriteColumn(writer, sentences.Field);
        WriteColumn(writer, sentences.Offset);
    }

    private static void WriteEdges(BinaryWriter writer, EdgeTable edges)
    {
        writer.Write(edges.Count);
        WriteColumn(writer, edges.Source);
        WriteColumn(writer, edges.Target);
        WriteColumn(writer, edges.Type);
        WriteColumn(writer, edges.Weight);
        WriteColumn(writer, edges.Score);
        WriteColumn(writer, edges.EvidenceStart);
        writer.Write(edges.EvidenceSentence.Length);
        WriteColumn(writer, edges.EvidenceSentence);
        WriteColumn(writer, edges.EvidenceStartOffset);
        WriteColumn(writer, edges.EvidenceEndOffset);
        WriteColumn(writer, edges.EvidenceInSentence);
        WriteColumn(writer, edges.PapersStart);
        writer.Write(edges.PaperRefs.Length);
        WriteColumn(writer, edges.PaperRefs);
    }

    private static void WriteAdjacency(BinaryWriter writer, Adjacency adjacency)
    {
        WriteColumn(writer, adjacency.Start);
        WriteColumn(writer, adjacency.TaxonomyStart);
        WriteColumn(writer, adjacency.ConceptStart);
        writer.Write(adjacency.Edge.Length);
        WriteColumn(writer, adjacency.Edge);
        WriteColumn(writer, adjacency.Neighbor);
    }

    private static void WriteColumn<T>(BinaryWriter writer, Column<T> values) where T : unmanaged
    {
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        // The span reads the column's memory, which may be a mapped file: the column must outlive the write.
        GC.KeepAlive(values);
    }

    private static void WriteStrings(BinaryWriter writer, ImmutableArray<string> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }
}
