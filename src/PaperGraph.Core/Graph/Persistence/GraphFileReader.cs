using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using PaperGraph.Diagnostics;
using PaperGraph.Graph.Storage;
using PaperGraph.IO;
using PaperGraph.Model;

namespace PaperGraph.Graph.Persistence;

/// <summary>
/// Reads a graph file: the columns in a few large reads, the sentences left in the file (evidence reads them when
/// asked), every section checked against its checksum.
/// </summary>
/// <remarks>
/// Problems with the file — it cannot be read, it is not a graph file, it is truncated, damaged or of another
/// version — are diagnostics (PG4001, PG4002); anything else is a bug and stays an exception.
/// </remarks>
internal static class GraphFileReader
{
    /// <summary>True when the file is a saved graph (this format, or a version 1 gzip file named *.pgz), not a corpus.</summary>
    public static bool IsGraphFile(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> magic = stackalloc byte[8];
            var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            return (read == magic.Length && magic.SequenceEqual(GraphFileFormat.Magic))
                || (read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b && path.EndsWith(".pgz", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Loads a saved graph; a missing, corrupt or foreign file is a diagnostic, not an exception.</summary>
    /// <remarks>One handle for the graph's whole life: the columns are read through it now, evidence later.</remarks>
    public static (KnowledgeGraph? Graph, Diagnostic? Problem) TryLoad(string path) => ReadThroughHandle(path, (handle, length, location) =>
    {
        using var file = new BufferedStream(new HandleStream(handle, length), 1 << 16);
        var (opened, legacy, problem) = Open(file, length, location);
        if (opened is not { } checkedFile)
        {
            return (legacy, problem, KeepHandle: false);
        }
        // Columns are read where the file holds them when it can be mapped (Column<T>): nothing to zero or copy.
        // A load that fails leaves the mapping to its finaliser, not to a dispose here: node records may still be being
        // parsed from it on workers when a later section turns out damaged.
        using var reader = new GraphReader(checkedFile.Stream, checkedFile.ContentLength, FileMapping.TryOf(handle, checkedFile.ContentLength));
        reader.ReadBytes(GraphFileFormat.Magic.Length + sizeof(int));
        return (Read(reader, checkedFile, handle), null, true);
    });

    /// <summary>
    /// What <c>stats</c> needs of a saved graph, read without loading it: the node records walked for kinds and paper
    /// counts, the edge types, the small sections. A file older than version 7 is loaded and counted instead.
    /// </summary>
    /// <remarks>
    /// The sections read are checked against their checksums as a load checks them (header, nodes, edges, and the
    /// merges-to-diagnostics section); the sentence rows and the adjacency are stepped over and the sentence text is not
    /// read at all, since nothing the census holds comes from them. The census keeps the node records (a few hundred
    /// megabytes at a million papers) and makes a node from its record when asked.
    /// </remarks>
    public static (GraphCensus? Census, Diagnostic? Problem) TryReadCensus(string path)
    {
        var (census, problem) = ReadThroughHandle(path, (handle, length, location) =>
        {
            using var file = new BufferedStream(new HandleStream(handle, length), 1 << 16);
            var (opened, legacy, problem) = Open(file, length, location);
            if (opened is not { } checkedFile || !checkedFile.Layout.KeptApartAsNodes)
            {
                return (legacy is null ? null : GraphCensus.Of(legacy), problem, KeepHandle: false);
            }
            // Mapped as a load maps it: the node records are walked where the file holds them, the edges checked there.
            // As for a load, a failure leaves the mapping to its finaliser: the edge worker may still be reading it.
            using var reader = new GraphReader(checkedFile.Stream, checkedFile.ContentLength, FileMapping.TryOf(handle, checkedFile.ContentLength));
            reader.ReadBytes(GraphFileFormat.Magic.Length + sizeof(int));
            return (ReadCensus(reader, checkedFile, handle), null, false);
        });
        if (census is null && problem is null)
        {
            // A checked file of an older version: the names kept apart are keys, found through the loaded graph.
            var (graph, loadProblem) = TryLoad(path);
            return (graph is null ? null : GraphCensus.Of(graph), loadProblem);
        }
        return (census, problem);
    }

    /// <summary>A graph file opened for reading its sections in order: the stream that checks them, their checksums, what the version holds.</summary>
    private readonly record struct CheckedFile(ChecksumReadStream Stream, long ContentLength, uint[]? Checksums, Layout Layout);

    /// <summary>
    /// Reads the magic, the version and the checksum trailer, and leaves the stream at the file's start; a version 1
    /// (gzip JSON) file is read whole here and given back as <c>Legacy</c>, a foreign or unknown file as a problem.
    /// </summary>
    private static (CheckedFile? File, KnowledgeGraph? Legacy, Diagnostic? Problem) Open(BufferedStream file, long length, Location location)
    {
        Span<byte> magic = stackalloc byte[8];
        var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        if (read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            file.Position = 0;
            var (legacy, problem) = LegacyGraphFile.Read(file, location);
            return (null, legacy, problem);
        }
        if (read < magic.Length || !magic.SequenceEqual(GraphFileFormat.Magic))
        {
            return (null, null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, "not a PaperGraph graph file"));
        }
        GraphFileFormat.RequireLittleEndian();
        int version;
        using (var probe = new BinaryReader(file, Encoding.UTF8, leaveOpen: true))
        {
            version = probe.ReadInt32();
        }
        if (version != GraphFile.Version && version != GraphFileFormat.ReplayVersion && version != GraphFileFormat.CurationVersion && version != GraphFileFormat.KeptApartVersion
            && version != GraphFileFormat.AmbiguousVersion && version != GraphFileFormat.UncheckedVersion)
        {
            return (null, null, Diagnostic.Create(DiagnosticCatalog.UnsupportedGraphVersion, location, version, GraphFile.Version));
        }
        // A version 3 file is main's checksummed layout when it ends in a checksum trailer (a section count no
        // sentence text ends with), else the issue-13 branch's layout with names kept apart and no checksums.
        var checksummed = version >= GraphFileFormat.KeptApartVersion || (version == GraphFileFormat.AmbiguousVersion && SectionChecksums.HasTrailer(file, length));
        var hasKeptApart = version >= GraphFileFormat.KeptApartVersion || (version == GraphFileFormat.AmbiguousVersion && !checksummed);
        var hasCuration = version >= GraphFileFormat.CurationVersion;
        var sectionNames = SectionChecksums.NamesOf(version);
        var checksums = checksummed ? SectionChecksums.ReadTrailer(file, length, sectionNames.Length) : null;
        var contentLength = checksums is null ? length : length - SectionChecksums.TrailerLengthOf(sectionNames.Length);
        file.Position = 0;
        var layout = new Layout(hasKeptApart, KeptApartAsNodes: version >= GraphFileFormat.KeptApartNodesVersion, hasCuration, HasReplay: version >= GraphFileFormat.ReplayVersion);
        return (new CheckedFile(new ChecksumReadStream(file), contentLength, checksums, layout), null, null);
    }

    /// <summary>
    /// Opens <paramref name="path"/> and gives its handle and length to <paramref name="read"/>, which says whether what
    /// it made keeps the handle (a loaded graph reads its evidence through it later); otherwise it is closed.
    /// </summary>
    /// <remarks>
    /// Only what the file can be blamed for becomes PG4001: it cannot be read, or its content is not a graph
    /// (BinaryReader reports a malformed string length as a FormatException, the version 1 reader bad JSON as a
    /// JsonException). Anything else is a bug in this reader and must surface as one (PG9001), not as "the file is damaged".
    /// </remarks>
    private static (T? Result, Diagnostic? Problem) ReadThroughHandle<T>(string path, Func<Microsoft.Win32.SafeHandles.SafeFileHandle, long, Location, (T? Result, Diagnostic? Problem, bool KeepHandle)> read)
        where T : class
    {
        var location = new Location(path, 0);
        Microsoft.Win32.SafeHandles.SafeFileHandle? handle = null;
        var keepHandle = false;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var (result, problem, keep) = read(handle, RandomAccess.GetLength(handle), location);
            keepHandle = keep && result is not null;
            return (result, problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or FormatException)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, exception is EndOfStreamException ? "the file ends early (truncated?)" : exception.Message));
        }
        finally
        {
            if (!keepHandle)
            {
                handle?.Dispose();
            }
        }
    }

    /// <summary>Which of the optional sections a file's version has, and how its names kept apart are written.</summary>
    private readonly record struct Layout(bool HasKeptApart, bool KeptApartAsNodes, bool HasCuration, bool HasReplay);

    /// <summary>Checks each section against its checksum as it ends, in file order.</summary>
    private sealed class SectionCheck(CheckedFile file)
    {
        public int Section { get; private set; }

        public void End()
        {
            var actual = file.Stream.TakeChecksum();
            if (file.Checksums is { } checksums && actual != checksums[Section])
            {
                throw new InvalidDataException($"the {SectionChecksums.Names[Section]} section is damaged (its checksum does not match)");
            }
            Section++;
        }

        /// <summary>Ends a section whose rest was stepped over (<see cref="ChecksumReadStream.SkipUnchecked"/>): not read, so not checked.</summary>
        public void SkipRest()
        {
            file.Stream.TakeChecksum();
            Section++;
        }
    }

    private static KnowledgeGraph Read(GraphReader reader, CheckedFile checkedFile, Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var (file, contentLength, checksums, layout) = (checkedFile.Stream, checkedFile.ContentLength, checkedFile.Checksums, checkedFile.Layout);
        var check = new SectionCheck(checkedFile);
        var flags = reader.ReadInt32();
        check.End();
        // Parsing the node records is the load's biggest CPU cost and reading the columns its biggest memory cost:
        // they overlap, and the records are parsed in several parts, so the cores that finish their columns first
        // take the parsing's rest.
        var (nodeCount, nodeBytes) = ReadNodeRecords(reader);
        check.End();
        // Disposed on the way out: a load that fails later waits here for the workers, which read the mapped file.
        using var parsing = NodeParsing.Start(nodeCount, nodeBytes);
        var (paperKeyNodes, sentenceRows) = ReadSentenceRows(reader);
        check.End();
        var edges = ReadEdges(reader, nodeCount, sentenceRows);
        check.End();
        var adjacency = ReadAdjacency(reader, nodeCount, edges.Count);
        check.End();
        var (merges, keptApart, curation, diagnostics) = ReadSmallSections(reader, layout, nodeCount);
        check.End();
        var textLength = reader.ReadInt64();
        var textStart = file.Position;
        var replay = layout.HasReplay ? ReadReplayFooter(handle, contentLength, (flags & GraphFileFormat.HasReplay) != 0, checksums?[check.Section + 1]) : default;
        var textEnd = layout.HasReplay ? replay.RecordsStart : contentLength;
        if (textLength < 0 || textStart + textLength != textEnd || (sentenceRows.Offset.Length > 0 && sentenceRows.Offset[^1] != textLength))
        {
            throw new InvalidDataException("the sentence store does not match the file's length (truncated?)");
        }
        if (checksums is not null)
        {
            // Most of the file, read once in large blocks: evidence shown later is then known to be what was saved.
            var crc = new System.IO.Hashing.Crc32();
            crc.Append(BitConverter.GetBytes(textLength));
            if (reader.Mapping is { } mapping)
            {
                SectionChecksums.AppendMapped(crc, mapping, textStart, textStart + textLength);
            }
            else
            {
                SectionChecksums.AppendFile(crc, handle, textStart, textStart + textLength);
            }
            if (crc.GetCurrentHashAsUInt32() != checksums[check.Section])
            {
                throw new InvalidDataException("the sentence text section is damaged (its checksum does not match)");
            }
        }
        // Awaited only now: the sentence text's checksum above is read while the last node records are parsed.
        var nodes = parsing.Finish();
        for (var i = 0; i < paperKeyNodes.Length; i++)
        {
            if (paperKeyNodes[i] >= 0)
            {
                sentenceRows.PaperKeys[i] = paperKeyNodes[i] < nodes.Length ? nodes[paperKeyNodes[i]].Key : throw new InvalidDataException("a paper key names a node that is not in the file");
            }
        }
        var sentences = new SentenceTable(sentenceRows.PaperKeys, sentenceRows.Paper, sentenceRows.Number, sentenceRows.Field, sentenceRows.Offset,
            SentenceText.InFile(handle, textStart, textLength));
        return new KnowledgeGraph(nodes, edges, adjacency, sentences, merges, diagnostics)
        {
            CoOccurrenceIsComplete = (flags & GraphFileFormat.CoOccurrenceComplete) != 0,
            // Keys from the parts' key column, not from each node: a million senses at random were a million cache misses.
            KeptApart = [.. keptApart.Select(kept => kept.ToKeptApart(id => parsing.Keys[id]))],
            // The senses are the nodes the file names: no kind-and-key index of every node to find them again.
            SensesKeptApart = layout.KeptApartAsNodes ? [.. keptApart.Select(kept => kept.Senses(parsing.Nodes))] : default,
            Curation = curation,
            Replay = replay.Log,
        };
    }

    /// <summary>The merges, names kept apart, curation decisions and diagnostics: one checked section, small beside the columns.</summary>
    private static (ImmutableArray<MergedDuplicate> Merges, List<KeptApartRow> KeptApart, ImmutableArray<CurationRecord> Curation, ImmutableArray<Diagnostic> Diagnostics) ReadSmallSections(
        GraphReader reader, Layout layout, int nodeCount)
    {
        var merges = ImmutableArray.CreateBuilder<MergedDuplicate>();
        for (var i = Count(reader); i > 0; i--)
        {
            merges.Add(new MergedDuplicate(GraphFileFormat.KindOf(reader.ReadByte(), "a merge record"), reader.ReadString(), reader.ReadString(), reader.ReadString()));
        }
        var keptApart = ReadKeptApart(reader, layout, nodeCount);
        var curation = ImmutableArray.CreateBuilder<CurationRecord>();
        for (var i = layout.HasCuration ? Count(reader) : 0; i > 0; i--)
        {
            var (decision, detail, source) = ((Curation.CurationDecisionKind)reader.ReadByte(), reader.ReadString(), reader.ReadString());
            var curated = ImmutableArray.CreateBuilder<CuratedNode>();
            for (var k = Count(reader); k > 0; k--)
            {
                curated.Add(new CuratedNode(GraphFileFormat.KindOf(reader.ReadByte(), "a curation record"), reader.ReadString()));
            }
            curation.Add(new CurationRecord(decision, curated.ToImmutable(), detail, source));
        }
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (var i = Count(reader); i > 0; i--)
        {
            var id = reader.ReadString();
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == id) ?? new DiagnosticDescriptor(id, id, "{0}", DiagnosticSeverity.Info);
            diagnostics.Add(new Diagnostic(descriptor, new Location(reader.ReadString(), reader.ReadInt32()), reader.ReadString()));
        }
        return (merges.ToImmutable(), keptApart, curation.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>A name kept apart as the file has it: each sense a node id, or -1 and the key of one that is not a node.</summary>
    private sealed record KeptApartRow(EntityKind Kind, string Name, string Reason, int[] Nodes, string?[] Keys)
    {
        public KeptApart ToKeptApart(Func<int, string> keyOf)
        {
            var keys = new string[Nodes.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Nodes[i] >= 0 ? keyOf(Nodes[i]) : Keys[i]!;
            }
            return new(Kind, Name, ImmutableCollectionsMarshal.AsImmutableArray(keys), Reason);
        }

        /// <summary>The senses that are nodes, by id.</summary>
        public ImmutableArray<int> SenseNodes { get; } = [.. Nodes.Where(node => node >= 0)];

        /// <summary>The senses that are nodes, as nodes.</summary>
        public ImmutableArray<GraphNode> Senses(GraphNode[] nodes)
        {
            var senses = new GraphNode[SenseNodes.Length];
            for (var i = 0; i < senses.Length; i++)
            {
                senses[i] = nodes[SenseNodes[i]];
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(senses);
        }
    }

    private static List<KeptApartRow> ReadKeptApart(GraphReader reader, Layout layout, int nodeCount)
    {
        var rows = new List<KeptApartRow>();
        for (var i = layout.HasKeptApart ? Count(reader) : 0; i > 0; i--)
        {
            var (kind, name, reason) = (GraphFileFormat.KindOf(reader.ReadByte(), "a name kept apart"), reader.ReadString(), reader.ReadString());
            var senses = Count(reader);
            var (ids, keys) = (new int[senses], new string?[senses]);
            for (var k = 0; k < senses; k++)
            {
                ids[k] = layout.KeptApartAsNodes ? reader.ReadInt32() : -1;
                if (ids[k] >= nodeCount || ids[k] < -1)
                {
                    throw new InvalidDataException($"a name kept apart ('{name}') names node {ids[k]}, which is not in the file");
                }
                keys[k] = ids[k] < 0 ? reader.ReadString() : null;
            }
            rows.Add(new KeptApartRow(kind, name, reason, ids, keys));
        }
        return rows;
    }

    /// <summary>
    /// The census of a version 7 file (<see cref="TryReadCensus"/>): the node records kept as bytes and walked once for
    /// where each starts, its kind and its paper count; the edge types counted; the small sections read.
    /// </summary>
    private static GraphCensus ReadCensus(GraphReader reader, CheckedFile checkedFile, Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var check = new SectionCheck(checkedFile);
        var stream = checkedFile.Stream;
        reader.ReadInt32();
        check.End();
        var (nodeCount, nodeBytes) = ReadNodeRecords(reader);
        check.End();
        // Sentence rows: the paper keys are read for their lengths, the columns stepped over.
        for (var i = Count(reader); i > 0; i--)
        {
            if (reader.ReadInt32() < 0)
            {
                reader.ReadString();
            }
        }
        var sentences = (long)Count(reader);
        stream.SkipUnchecked(sentences * (sizeof(int) + sizeof(int) + sizeof(byte)) + (sentences + 1) * sizeof(long));
        check.SkipRest();

        // Edges: the section is read through for its checksum and its types counted on a worker, from where its counts
        // say it lies, while this thread steps over it and reads the rest: the section is most of what stats reads.
        // Disposed on the way out: a census that fails later waits here for the worker, which reads the mapped file.
        using var edges = EdgeTypeCount.Start(handle, reader.Mapping, stream.Position, checkedFile.ContentLength, reader, check.Section);
        stream.SkipUnchecked(edges.End - stream.Position);
        check.SkipRest();

        // Adjacency: stepped over.
        stream.SkipUnchecked((nodeCount + 1L) * sizeof(int) + 2L * nodeCount * sizeof(int));
        stream.SkipUnchecked(2L * Count(reader) * sizeof(int));
        check.SkipRest();

        var (merges, keptApart, curation, diagnostics) = ReadSmallSections(reader, checkedFile.Layout, nodeCount);
        check.End();

        // One walk over the records, in order: where each starts, its kind and paper count, and the key of each sense
        // kept apart (a million of them in a large synthetic graph, too many to find one by one at random).
        var senseKeys = new string?[nodeCount];
        foreach (var kept in keptApart)
        {
            foreach (var sense in kept.SenseNodes)
            {
                senseKeys[sense] = "";
            }
        }
        var (starts, kinds, paperCounts) = (new int[nodeCount], new EntityKind[nodeCount], new int[nodeCount]);
        var walk = new RecordParser(nodeBytes);
        for (var id = 0; id < nodeCount; id++)
        {
            starts[id] = walk.Position;
            if (senseKeys[id] is not null)
            {
                senseKeys[id] = new RecordParser(nodeBytes, walk.Position, nodeBytes.Length).NodeKey();
            }
            (kinds[id], paperCounts[id]) = walk.StepOverNode(id);
        }
        if (!walk.AtEnd)
        {
            throw new InvalidDataException("the node section is longer than its nodes");
        }
        var edgesByType = edges.Finish(checkedFile.Checksums);
        string KeyOf(int id) => senseKeys[id] ?? new RecordParser(nodeBytes, starts[id], nodeBytes.Length).NodeKey();
        return new GraphCensus(nodeCount, id => kinds[id], id => paperCounts[id], KeyOf, id => new RecordParser(nodeBytes, starts[id], nodeBytes.Length).Node(id, value => value, list => list))
        {
            EdgesByType = [.. edgesByType],
            Merges = merges,
            KeptApart = [.. keptApart.Select(kept => kept.ToKeptApart(KeyOf))],
            SensesKeptApart = [.. keptApart.Select(kept => kept.SenseNodes)],
            Curation = curation,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// The edge section of a file read for <see cref="ReadCensus"/> on a worker: its CRC-32 over the whole section and
    /// its type column counted, from the section's extent worked out from its three counts.
    /// </summary>
    private sealed class EdgeTypeCount : IDisposable
    {
        private readonly Task<(uint Checksum, int[] ByType)> _work;
        private readonly int _section;

        private EdgeTypeCount(Task<(uint, int[])> work, int section, long end)
        {
            _work = work;
            _section = section;
            End = end;
        }

        /// <summary>Where the section ends: the adjacency starts here.</summary>
        public long End { get; }

        /// <param name="handle">The file.</param>
        /// <param name="start">Where the section starts: its edge count.</param>
        /// <param name="contentLength">Where the sections end (the checksum trailer starts).</param>
        /// <param name="reader">Reads the edge count at <paramref name="start"/>; the section's other two counts are read from the file here.</param>
        /// <param name="section">The section's index among the checksums.</param>
        /// <param name="mapping">The file mapped, if it is: the section is then checked and counted where it lies, not read.</param>
        public static EdgeTypeCount Start(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileMapping? mapping, long start, long contentLength, GraphReader reader, int section)
        {
            var edges = (long)Count(reader);
            // The layout (docs/graph-format.md): count, source, target, type, weight, score, evidence start, evidence
            // count, four evidence columns, papers start, paper count, paper refs.
            var typeAt = start + sizeof(int) + 2 * sizeof(int) * edges;
            var evidenceCountAt = typeAt + edges * (sizeof(byte) + sizeof(int) + sizeof(double)) + (edges + 1) * sizeof(int);
            var evidence = CountAt(handle, evidenceCountAt, contentLength);
            var paperCountAt = evidenceCountAt + sizeof(int) + 4L * evidence * sizeof(int) + (edges + 1) * sizeof(int);
            var end = paperCountAt + sizeof(int) + (long)CountAt(handle, paperCountAt, contentLength) * sizeof(int);
            if (end > contentLength)
            {
                throw new EndOfStreamException();
            }
            var work = mapping is null
                ? Task.Run(() => (Checksum(handle, start, end), CountTypes(handle, typeAt, (int)edges)))
                : Task.Run(() => (Checksum(mapping, start, end), CountTypes(Column<byte>.InMapping(mapping, typeAt, (int)edges))));
            return new EdgeTypeCount(work, section, end);
        }

        /// <summary>Waits for the worker, whatever it ends in (its result is <see cref="Finish"/>'s to report).</summary>
        public void Dispose() => ((IAsyncResult)_work).AsyncWaitHandle.WaitOne();

        /// <summary>The count of each relationship type, once the section's checksum is known to match.</summary>
        public int[] Finish(uint[]? checksums)
        {
            var (checksum, byType) = _work.GetAwaiter().GetResult();
            if (checksums is not null && checksum != checksums[_section])
            {
                throw new InvalidDataException($"the {SectionChecksums.Names[_section]} section is damaged (its checksum does not match)");
            }
            return byType;
        }

        private static int CountAt(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long at, long contentLength)
        {
            Span<byte> value = stackalloc byte[sizeof(int)];
            if (at + value.Length > contentLength || RandomAccess.Read(handle, value, at) != value.Length)
            {
                throw new EndOfStreamException();
            }
            var count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(value);
            return count >= 0 && count <= contentLength - at ? count : throw new InvalidDataException($"a count of {count} does not fit in the rest of the file");
        }

        private static uint Checksum(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long start, long end)
        {
            var crc = new System.IO.Hashing.Crc32();
            SectionChecksums.AppendFile(crc, handle, start, end);
            return crc.GetCurrentHashAsUInt32();
        }

        private static uint Checksum(FileMapping mapping, long start, long end)
        {
            var crc = new System.IO.Hashing.Crc32();
            SectionChecksums.AppendMapped(crc, mapping, start, end);
            return crc.GetCurrentHashAsUInt32();
        }

        private static int[] CountTypes(Column<byte> types)
        {
            var byType = new int[Enum.GetValues<RelationType>().Length];
            Tally(types.AsSpan(), byType);
            GC.KeepAlive(types);
            return byType;
        }

        /// <summary>Adds each edge type in <paramref name="types"/> to its count; a type no version wrote is a format error.</summary>
        private static void Tally(ReadOnlySpan<byte> types, int[] byType)
        {
            foreach (var type in types)
            {
                byType[type < byType.Length ? type : throw new InvalidDataException("an edge has an unknown type")]++;
            }
        }

        private static int[] CountTypes(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long at, int edges)
        {
            var byType = new int[Enum.GetValues<RelationType>().Length];
            var buffer = new byte[1 << 20];
            for (var done = 0; done < edges;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, edges - done)), at + done);
                Tally(buffer.AsSpan(0, read > 0 ? read : throw new EndOfStreamException()), byType);
                done += read;
            }
            return byType;
        }
    }

    /// <summary>What follows the replay log's records: <c>int</c> paper records, <c>int</c> curation decisions of the build, <c>long</c> length of the records.</summary>
    private const int ReplayFooterLength = sizeof(int) + sizeof(int) + sizeof(long);

    /// <summary>
    /// The replay log of a saved graph, without loading the graph: what an incremental build needs of the old file,
    /// with the number of curation decisions the old build applied. A file of an older version, or a graph not built
    /// from papers, is PG4030; a damaged or foreign file PG4001 or PG4002.
    /// </summary>
    /// <remarks>
    /// Only the header, the trailer and the log's footer are read here (the header checked against its checksum); the
    /// records are checked against theirs by <see cref="ReplayLog.Verify"/> before they are replayed. Damage anywhere
    /// else in the file does not matter to an update, which reads nothing else.
    /// </remarks>
    public static (ReplayLog? Replay, int CurationDecisions, Diagnostic? Problem) TryOpenReplay(string path)
    {
        var curationDecisions = 0;
        var (replay, problem) = ReadThroughHandle<ReplayLog>(path, (handle, length, location) =>
        {
            var header = new byte[GraphFileFormat.Magic.Length + sizeof(int) + sizeof(int)];
            var read = RandomAccess.Read(handle, header, 0);
            if (read >= 2 && header[0] == 0x1f && header[1] == 0x8b)
            {
                return (null, Diagnostic.Create(DiagnosticCatalog.GraphWithoutReplayLog, location), false);
            }
            if (read < header.Length || !header.AsSpan(0, GraphFileFormat.Magic.Length).SequenceEqual(GraphFileFormat.Magic))
            {
                return (null, Diagnostic.Create(DiagnosticCatalog.InvalidGraphFile, location, read < header.Length ? "the file ends early (truncated?)" : "not a PaperGraph graph file"), false);
            }
            GraphFileFormat.RequireLittleEndian();
            var version = BitConverter.ToInt32(header, GraphFileFormat.Magic.Length);
            if (version is >= GraphFileFormat.UncheckedVersion and < GraphFileFormat.ReplayVersion)
            {
                return (null, Diagnostic.Create(DiagnosticCatalog.GraphWithoutReplayLog, location), false);
            }
            // Version 6 differs from 7 only in how names kept apart are written: its replay log and trailer read the same.
            if (version is not (GraphFileFormat.ReplayVersion or GraphFile.Version))
            {
                return (null, Diagnostic.Create(DiagnosticCatalog.UnsupportedGraphVersion, location, version, GraphFile.Version), false);
            }
            using var file = new HandleStream(handle, length);
            var names = SectionChecksums.NamesOf(version);
            var checksums = SectionChecksums.ReadTrailer(file, length, names.Length);
            if (System.IO.Hashing.Crc32.HashToUInt32(header) != checksums[0])
            {
                throw new InvalidDataException("the header section is damaged (its checksum does not match)");
            }
            var flags = BitConverter.ToInt32(header, GraphFileFormat.Magic.Length + sizeof(int));
            var footer = ReadReplayFooter(handle, length - SectionChecksums.TrailerLengthOf(names.Length), (flags & GraphFileFormat.HasReplay) != 0, checksums[^1]);
            if (footer.Log is null)
            {
                return (null, Diagnostic.Create(DiagnosticCatalog.GraphWithoutReplayLog, location), false);
            }
            if (footer.RecordsStart < header.Length)
            {
                throw new InvalidDataException("the replay log does not match the file's length (truncated?)");
            }
            curationDecisions = footer.CurationDecisions;
            return (footer.Log, null, true);
        });
        return (replay, curationDecisions, problem);
    }

    /// <remarks>
    /// Only the footer is read: the records stay in the file, and their checksum is checked by the incremental build
    /// that replays them (<see cref="ReplayLog.Verify"/>), so loading a graph for a query costs nothing more.
    /// </remarks>
    private static (ReplayLog? Log, long RecordsStart, int CurationDecisions) ReadReplayFooter(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long contentLength, bool present, uint? checksum)
    {
        Span<byte> footer = stackalloc byte[ReplayFooterLength];
        if (contentLength < footer.Length || RandomAccess.Read(handle, footer, contentLength - footer.Length) != footer.Length)
        {
            throw new EndOfStreamException();
        }
        var paperCount = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(footer);
        var curationDecisions = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(footer[sizeof(int)..]);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(footer[(2 * sizeof(int))..]);
        var start = contentLength - footer.Length - length;
        if (paperCount < 0 || curationDecisions < 0 || length < 0 || start < 0)
        {
            throw new InvalidDataException("the replay log does not match the file's length (truncated?)");
        }
        var log = present ? ReplayLog.InFile(handle, start, length, paperCount, curationDecisions, checksum) : null;
        return (log, start, curationDecisions);
    }

    /// <remarks>
    /// The section is taken whole (in the mapped file, or read into one array) and parsed from memory: a million nodes
    /// through <see cref="BinaryReader"/> calls, one small read each, took seconds.
    /// </remarks>
    private static (int Count, Column<byte> Bytes) ReadNodeRecords(GraphReader reader)
    {
        var count = Count(reader);
        var length = reader.ReadInt64();
        if (length < 0 || length > reader.Remaining)
        {
            throw new EndOfStreamException();
        }
        if (length > Array.MaxLength)
        {
            throw new InvalidDataException($"the node section ({length:N0} bytes) is larger than one array can hold");
        }
        return (count, ReadColumn<byte>(reader, (int)length));
    }

    /// <summary>
    /// The node records parsed in parts, by thread-pool workers while the caller reads the columns and then by the
    /// caller too: the records are walked once for where each part starts (lengths only, nothing decoded), then each
    /// part is parsed on its own, into its own slots of one array.
    /// </summary>
    /// <remarks>
    /// Parts are taken from a shared counter rather than given one per task: with a task per part, the caller finished
    /// its columns and then waited a second or more at a million nodes while the last parts, started late on a
    /// two-core pool, were parsed by the workers alone.
    /// </remarks>
    private sealed class NodeParsing : IDisposable
    {
        /// <summary>Parts small enough that whoever is free takes the next one, and the last one ends soon after the others.</summary>
        private const int Parts = 16;

        /// <summary>Below this many nodes per part, fewer parts: a part costs a task and a pass, which must be worth it.</summary>
        private const int NodesPerPartAtLeast = 50_000;

        private readonly GraphNode[] _nodes;
        private readonly string[] _keys;
        private readonly Column<byte> _bytes;
        private readonly (int Node, int Offset)[] _starts;
        private readonly Task[] _workers;
        private int _nextPart = -1;
        private bool _finished;

        private NodeParsing(int count, Column<byte> bytes)
        {
            _nodes = new GraphNode[count];
            _keys = new string[count];
            _bytes = bytes;
            _starts = PartStarts(count, bytes, Math.Clamp(count / NodesPerPartAtLeast, 1, Parts));
            var workers = Math.Min(Environment.ProcessorCount, _starts.Length - 1);
            _workers = new Task[workers];
            for (var i = 0; i < workers; i++)
            {
                _workers[i] = Task.Run(ParseParts);
            }
        }

        public static NodeParsing Start(int count, Column<byte> bytes) => new(count, bytes);

        /// <summary>The nodes, once <see cref="Finish"/> has returned.</summary>
        public GraphNode[] Nodes => _nodes;

        /// <summary>Each node's key, once <see cref="Finish"/> has returned: read in order here, where reading them from the nodes at random would miss the cache at every one.</summary>
        public string[] Keys => _keys;

        /// <summary>Every node, once every part is parsed (the caller takes the parts still waiting); a part's format error is thrown as it was raised.</summary>
        public ImmutableArray<GraphNode> Finish()
        {
            ParseParts();
            foreach (var worker in _workers)
            {
                worker.GetAwaiter().GetResult();
            }
            _finished = true;
            return ImmutableCollectionsMarshal.AsImmutableArray(_nodes);
        }

        /// <summary>
        /// After <see cref="Finish"/>, nothing; before it (the load failed), stops handing out parts and waits for the
        /// workers, so that none reads the records (a mapped file) once the load has given up on them.
        /// </summary>
        public void Dispose()
        {
            if (_finished)
            {
                return;
            }
            Interlocked.Exchange(ref _nextPart, _starts.Length);
            foreach (var worker in _workers)
            {
                // Their format errors are the load's own error already, or moot beside it.
                ((IAsyncResult)worker).AsyncWaitHandle.WaitOne();
            }
        }

        private void ParseParts()
        {
            for (var part = Interlocked.Increment(ref _nextPart); part < _starts.Length - 1; part = Interlocked.Increment(ref _nextPart))
            {
                var (first, offset) = _starts[part];
                var (end, endOffset) = _starts[part + 1];
                Parse(_bytes, offset, endOffset, first, end, _nodes, _keys);
            }
        }

        /// <summary>The first node and byte offset of each part, then (count, length): where the records end.</summary>
        private static (int Node, int Offset)[] PartStarts(int count, Column<byte> bytes, int parts)
        {
            var starts = new (int, int)[parts + 1];
            var parser = new RecordParser(bytes);
            for (var part = 0; part < parts; part++)
            {
                var first = (int)((long)count * part / parts);
                var last = (int)((long)count * (part + 1) / parts);
                starts[part] = (first, parser.Position);
                if (part + 1 < parts)
                {
                    for (var id = first; id < last; id++)
                    {
                        parser.StepOverNode(id);
                    }
                }
            }
            starts[parts] = (count, bytes.Length);
            return starts;
        }

        private static void Parse(Column<byte> bytes, int offset, int endOffset, int first, int end, GraphNode[] nodes, string[] keys)
        {
            var parser = new RecordParser(bytes, offset, endOffset);
            // Dates and other short strings repeat across papers; one instance each (per part) keeps a million nodes small.
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string value) => value.Length > 16 ? value : shared.TryGetValue(value, out var known) ? known : shared[value] = value;
            // And most papers have one date: one list per date, not one per paper.
            var sharedLists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            ImmutableArray<string> SharedList(ImmutableArray<string> list) =>
                list.Length != 1 ? list : sharedLists.TryGetValue(list[0], out var known) ? known : sharedLists[list[0]] = list;
            var (share, shareList) = ((Func<string, string>)Shared, (Func<ImmutableArray<string>, ImmutableArray<string>>)SharedList);
            for (var id = first; id < end; id++)
            {
                nodes[id] = parser.Node(id, share, shareList);
                keys[id] = nodes[id].Key;
            }
            if (!parser.AtEnd)
            {
                throw new InvalidDataException("the node section is longer than its nodes");
            }
        }
    }

    /// <summary>Reads <see cref="BinaryWriter"/> values back from a column of bytes (the node section, mapped or read), checking every length against it.</summary>
    private sealed class RecordParser(Column<byte> bytes, int start, int end)
    {
        private int _position = start;

        public RecordParser(Column<byte> bytes)
            : this(bytes, 0, bytes.Length)
        {
        }

        public bool AtEnd => _position == end;

        public int Position => _position;

        /// <summary>
        /// The node record here, as <see cref="GraphFileWriter"/> wrote it: kind, key, name, aliases, long form?, paper
        /// and proposed counts, dates, sources, parent?. Aliases and dates go through <paramref name="share"/>, the list of
        /// dates through <paramref name="shareDates"/>.
        /// </summary>
        public GraphNode Node(int id, Func<string, string> share, Func<ImmutableArray<string>, ImmutableArray<string>> shareDates)
        {
            var kind = GraphFileFormat.KindOfNode(Byte(), id);
            var key = String();
            var name = String();
            var aliases = Strings(share);
            var longForm = OptionalString();
            var paperCount = Int32();
            var proposedCount = Int32();
            var dates = shareDates(Strings(share));
            var sources = Strings(value => value);
            return new GraphNode(id, kind, key, name, aliases, longForm, paperCount, proposedCount, dates, sources, OptionalString());
        }

        /// <summary>
        /// Steps over one node record (<see cref="Node"/>'s fields, in its order), checking its lengths and decoding only
        /// its kind and paper count. NodeParsingTests round-trip a graph of several parts, which a mismatch would misalign.
        /// </summary>
        public (EntityKind Kind, int PaperCount) StepOverNode(int id)
        {
            var kind = GraphFileFormat.KindOfNode(Byte(), id);
            SkipString();
            SkipString();
            SkipStrings();
            if (Byte() != 0)
            {
                SkipString();
            }
            var paperCount = Int32();
            Take(4);
            SkipStrings();
            SkipStrings();
            if (Byte() != 0)
            {
                SkipString();
            }
            return (kind, paperCount);
        }

        /// <summary>The key of the node record here (its second field).</summary>
        public string NodeKey()
        {
            Take(1);
            return String();
        }

        public byte Byte() => bytes[Take(1)];

        public int Int32()
        {
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Take(4), 4));
            GC.KeepAlive(bytes);
            return value;
        }

        public string String()
        {
            var length = Length();
            var value = Encoding.UTF8.GetString(bytes.AsSpan(Take(length), length));
            GC.KeepAlive(bytes);
            return value;
        }

        private void SkipString() => Take(Length());

        private void SkipStrings()
        {
            for (var count = ListCount(); count > 0; count--)
            {
                SkipString();
            }
        }

        private int Length()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28)
                {
                    throw new InvalidDataException("a string length is malformed");
                }
                var part = Byte();
                length |= (part & 0x7F) << shift;
                if ((part & 0x80) == 0)
                {
                    break;
                }
            }
            if (length < 0)
            {
                throw new InvalidDataException("a string length is malformed");
            }
            return length;
        }

        public string? OptionalString() => Byte() != 0 ? String() : null;

        private int ListCount()
        {
            var count = Int32();
            return count < 0 || count > end - _position
                ? throw new InvalidDataException($"a list of {count} strings does not fit in the node section")
                : count;
        }

        public ImmutableArray<string> Strings(Func<string, string> share)
        {
            var count = ListCount();
            if (count == 0)
            {
                return [];
            }
            // An array wrapped as it is, not a builder: two million lists at a million papers, each builder garbage at once.
            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = share(String());
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(values);
        }

        private int Take(int count)
        {
            if (count > end - _position)
            {
                throw new EndOfStreamException();
            }
            var at = _position;
            _position += count;
            return at;
        }
    }

    private sealed record SentenceRows(string[] PaperKeys, Column<int> Paper, Column<int> Number, Column<byte> Field, Column<long> Offset);

    /// <summary>The sentence rows, and for each paper key the node that holds it (-1 when the key is written out).</summary>
    private static (int[] PaperKeyNodes, SentenceRows Rows) ReadSentenceRows(GraphReader reader)
    {
        var keys = new string[Count(reader)];
        var keyNodes = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keyNodes[i] = reader.ReadInt32();
            keys[i] = keyNodes[i] >= 0 ? "" : reader.ReadString();
        }
        var count = Count(reader);
        var paper = ReadColumn<int>(reader, count);
        var number = ReadColumn<int>(reader, count);
        var field = ReadColumn<byte>(reader, count);
        var offset = ReadColumn<long>(reader, count + 1);
        for (var row = 0; row < count; row++)
        {
            if ((uint)paper[row] >= (uint)keys.Length || number[row] < 0 || field[row] > (byte)Syntax.DocumentField.Abstract || offset[row + 1] < offset[row])
            {
                throw new InvalidDataException($"sentence {row} refers to a paper that is not in the file or has a bad field or offset");
            }
        }
        if (offset[0] != 0)
        {
            throw new InvalidDataException("the sentence offsets do not start at 0");
        }
        return (keyNodes, new SentenceRows(keys, paper, number, field, offset));
    }

    private static EdgeTable ReadEdges(GraphReader reader, int nodeCount, SentenceRows sentences)
    {
        var sentenceCount = sentences.Paper.Length;
        var paperKeyCount = sentences.PaperKeys.Length;
        var count = Count(reader);
        var source = ReadColumn<int>(reader, count);
        var target = ReadColumn<int>(reader, count);
        var type = ReadColumn<byte>(reader, count);
        var weight = ReadColumn<int>(reader, count);
        var score = ReadColumn<double>(reader, count);
        var evidenceStart = ReadColumn<int>(reader, count + 1);
        var evidenceCount = Count(reader);
        var table = new EdgeTable
        {
            Source = source,
            Target = target,
            Type = type,
            Weight = weight,
            Score = score,
            EvidenceStart = evidenceStart,
            EvidenceSentence = ReadColumn<int>(reader, evidenceCount),
            EvidenceStartOffset = ReadColumn<int>(reader, evidenceCount),
            EvidenceEndOffset = ReadColumn<int>(reader, evidenceCount),
            EvidenceInSentence = ReadColumn<int>(reader, evidenceCount),
            PapersStart = ReadColumn<int>(reader, count + 1),
            PaperRefs = ReadColumn<int>(reader, Count(reader)),
        };
        for (var e = 0; e < count; e++)
        {
            if ((uint)source[e] >= (uint)nodeCount || (uint)target[e] >= (uint)nodeCount || type[e] > (byte)RelationType.Extends)
            {
                throw new InvalidDataException($"edge {e} joins nodes that are not in the file or has an unknown type");
            }
        }
        RequireRanges(table.EvidenceStart, evidenceCount, "evidence");
        RequireRanges(table.PapersStart, table.PaperRefs.Length, "paper list");
        for (var row = 0; row < evidenceCount; row++)
        {
            var sentence = table.EvidenceSentence[row];
            if ((uint)sentence >= (uint)sentenceCount || table.EvidenceStartOffset[row] < 0 || table.EvidenceEndOffset[row] < table.EvidenceStartOffset[row] || table.EvidenceInSentence[row] < 0
                // A mention lies inside its sentence: its characters are at most the sentence's UTF-8 bytes.
                || (long)table.EvidenceInSentence[row] + (table.EvidenceEndOffset[row] - table.EvidenceStartOffset[row]) > sentences.Offset[sentence + 1] - sentences.Offset[sentence])
            {
                throw new InvalidDataException($"evidence row {row} refers to a sentence that is not in the file or has a bad span");
            }
        }
        foreach (var paper in table.PaperRefs)
        {
            if ((uint)paper >= (uint)paperKeyCount)
            {
                throw new InvalidDataException("an edge lists a paper that is not in the file");
            }
        }
        return table;
    }

    private static Adjacency ReadAdjacency(GraphReader reader, int nodeCount, int edgeCount)
    {
        var start = ReadColumn<int>(reader, nodeCount + 1);
        var taxonomyStart = ReadColumn<int>(reader, nodeCount);
        var conceptStart = ReadColumn<int>(reader, nodeCount);
        var length = Count(reader);
        if (start[^1] != length)
        {
            throw new InvalidDataException("the adjacency does not match its rows");
        }
        var edge = ReadColumn<int>(reader, length);
        var neighbor = ReadColumn<int>(reader, length);
        RequireRanges(start, length, "adjacency");
        for (var n = 0; n < nodeCount; n++)
        {
            if (taxonomyStart[n] < start[n] || conceptStart[n] < taxonomyStart[n] || start[n + 1] < conceptStart[n])
            {
                throw new InvalidDataException($"the adjacency row of node {n} is out of order");
            }
        }
        for (var i = 0; i < length; i++)
        {
            if ((uint)edge[i] >= (uint)edgeCount || (uint)neighbor[i] >= (uint)nodeCount)
            {
                throw new InvalidDataException("the adjacency refers to an edge or node that is not in the file");
            }
        }
        return new Adjacency { Start = start, TaxonomyStart = taxonomyStart, ConceptStart = conceptStart, Edge = edge, Neighbor = neighbor };
    }

    /// <summary>Checks that an offset column starts at 0, never decreases and ends at <paramref name="total"/>.</summary>
    private static void RequireRanges(Column<int> start, int total, string what)
    {
        if (start[0] != 0 || start[^1] != total)
        {
            throw new InvalidDataException($"the {what} offsets do not cover their rows");
        }
        for (var i = 1; i < start.Length; i++)
        {
            if (start[i] < start[i - 1])
            {
                throw new InvalidDataException($"the {what} offsets decrease");
            }
        }
    }

    /// <summary>The next <paramref name="count"/> values, in the mapped file where there is one (checked as they are stepped over), else read into an array.</summary>
    private static Column<T> ReadColumn<T>(GraphReader reader, int count) where T : unmanaged
    {
        var stream = (ChecksumReadStream)reader.BaseStream;
        var bytes = (long)count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (bytes > reader.Remaining)
        {
            throw new EndOfStreamException();
        }
        if (reader.Mapping is { } mapping)
        {
            var column = Column<T>.InMapping(mapping, stream.Position, count);
            stream.StepOverHashed(mapping, bytes);
            return column;
        }
        var values = HugePages.AllocateUninitialized<T>(count, pinned: true);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return Column<T>.OfPinned(values);
    }

    private static int Count(GraphReader reader)
    {
        // Every counted item takes at least a byte, so a count beyond the bytes left is corruption, caught before
        // anything is allocated for it.
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.Remaining
            ? count
            : throw new InvalidDataException($"a count of {count} does not fit in the rest of the file");
    }

    /// <summary>A reader that knows the file's length: asking the file system on every count cost seconds at a million nodes.</summary>
    private sealed class GraphReader(Stream input, long length, FileMapping? mapping = null) : BinaryReader(input, Encoding.UTF8, leaveOpen: true)
    {
        public long Remaining => length - BaseStream.Position;

        /// <summary>The file mapped, when its columns are read in place.</summary>
        public FileMapping? Mapping => mapping;
    }
}
