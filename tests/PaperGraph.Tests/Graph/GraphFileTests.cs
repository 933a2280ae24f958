using System.IO.Compression;
using System.Text;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

public sealed class GraphFileTests
{
    private static byte[] SavedSeeds()
    {
        using var stream = new MemoryStream();
        GraphFile.Write(SeedCorpus.Graph, stream);
        return stream.ToArray();
    }

    internal static readonly Lazy<byte[]> SeedFile = new(SavedSeeds);

    [Fact]
    public void Every_edge_loads_back_with_the_same_evidence_papers_weight_and_score()
    {
        using var temp = new TempDirectory();
        var (loaded, problem) = GraphFile.TryLoad(temp.File("seeds.pgz", SeedFile.Value));
        Assert.Null(problem);
        var original = SeedCorpus.Graph;
        Assert.Equal(original.Edges.Length, loaded!.Edges.Length);
        for (var i = 0; i < original.Edges.Length; i++)
        {
            var (before, after) = (original.Edges[i], loaded.Edges[i]);
            Assert.Equal((before.Source.Key, before.Target.Key, before.Type, before.Weight, before.Score), (after.Source.Key, after.Target.Key, after.Type, after.Weight, after.Score));
            Assert.Equal(before.Papers.ToArray(), after.Papers.ToArray());
            Assert.Equal(before.Evidence.ToArray(), after.Evidence.ToArray());
        }
        Assert.Equal(original.Merges.ToArray(), loaded.Merges.ToArray());
        // The file keeps where a diagnostic is (file and line, docs/graph-format.md), not the span a pipeline caller gets.
        Assert.Equal(original.Diagnostics.Select(d => (d.Id, d.Location with { Span = null, Field = null }, d.Message)), loaded.Diagnostics.Select(d => (d.Id, d.Location, d.Message)));
    }

    [Fact]
    public void Evidence_text_is_the_mention_and_lies_in_its_sentence()
    {
        using var temp = new TempDirectory();
        var (loaded, _) = GraphFile.TryLoad(temp.File("seeds.pgz", SeedFile.Value));
        var evidence = loaded!.Edges.SelectMany(edge => edge.Evidence).ToList();
        Assert.True(evidence.Count > 2000);
        Assert.All(evidence, item =>
        {
            Assert.Equal(item.End - item.Start, item.Text.Length);
            Assert.Contains(item.Text, item.SentenceText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_file_cut_short_anywhere_is_PG4001_and_never_a_partial_graph()
    {
        using var temp = new TempDirectory();
        var bytes = SeedFile.Value;
        var cuts = Enumerable.Range(1, 60).Select(i => (int)((long)bytes.Length * i / 61)).Append(bytes.Length - 1).Append(12);
        foreach (var cut in cuts)
        {
            var (graph, problem) = GraphFile.TryLoad(temp.File($"cut-{cut}.pgz", bytes[..cut]));
            Assert.Null(graph);
            Assert.Equal("PG4001", problem!.Id);
        }
    }

    /// <summary>
    /// Where the replay log lies in a saved file, its records and its footer (paper count, curation decisions,
    /// length): just before the checksum trailer (docs/graph-format.md).
    /// </summary>
    internal static (int Start, int End) ReplayRecords(byte[] bytes)
    {
        using var temp = new TempDirectory();
        var (graph, _) = GraphFile.TryLoad(temp.File("probe.pgz", bytes));
        var end = bytes.Length - SectionChecksums.TrailerLengthOf(SectionChecksums.NamesWithReplay.Length);
        return (end - sizeof(int) - sizeof(int) - sizeof(long) - (int)graph!.Replay!.Length, end);
    }

    [Fact]
    public void Every_flipped_bit_outside_the_replay_records_is_caught_at_load_as_PG4001_never_loaded_silently()
    {
        using var temp = new TempDirectory();
        var random = new Random(7);
        var path = temp.Combine("flip.pgz");
        var replay = ReplayRecords(SeedFile.Value);
        for (var trial = 0; trial < 100; trial++)
        {
            var bytes = (byte[])SeedFile.Value.Clone();
            // Past the version (a changed version is PG4002, told apart from damage by nothing): header flags, every
            // section but the replay records (checked when a build replays them, below) and the checksum trailer but
            // the records' checksum.
            var at = trial == 0 ? bytes.Length - sizeof(uint) - 1 : trial == 1 ? 12 : trial == 2 ? replay.Start - 1 : random.Next(12, bytes.Length);
            if ((at >= replay.Start && at < replay.End) || at >= bytes.Length - sizeof(uint))
            {
                // The records and their checksum, the trailer's last.
                continue;
            }
            bytes[at] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(path, bytes);
            var (graph, problem) = GraphFile.TryLoad(path);
            Assert.True(graph is null, $"a flip at byte {at} of {bytes.Length} loaded");
            Assert.Equal("PG4001", problem!.Id);
        }
    }

    [Fact]
    public void A_flipped_bit_in_the_replay_records_leaves_the_graph_loadable_and_stops_an_update_with_PG4001()
    {
        using var temp = new TempDirectory();
        var random = new Random(11);
        var replay = ReplayRecords(SeedFile.Value);
        for (var trial = 0; trial < 5; trial++)
        {
            var bytes = (byte[])SeedFile.Value.Clone();
            bytes[random.Next(replay.Start, replay.End)] ^= (byte)(1 << random.Next(8));
            var path = temp.File($"flip-{trial}.pgz", bytes);
            var (graph, problem) = GraphFile.TryLoad(path);
            // The graph a query sees is the checked sections; the records are read only to build a new graph.
            Assert.Null(problem);
            var pipeline = PaperGraph.Pipeline.PaperPipeline.Create(new PaperGraph.Pipeline.PipelineOptions { Model = null });
            Assert.Null(pipeline.UpdateGraph(path, []));
            var error = Assert.Single(pipeline.Diagnostics.All, d => d.Severity == PaperGraph.Diagnostics.DiagnosticSeverity.Error);
            Assert.Equal("PG4001", error.Id);
            Assert.Contains("replay log section is damaged", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_damaged_section_is_named_in_the_message()
    {
        using var temp = new TempDirectory();
        var bytes = (byte[])SeedFile.Value.Clone();
        // Inside the sentence text, the section before the replay log.
        bytes[ReplayRecords(bytes).Start - 100] ^= 0x20;
        var (_, problem) = GraphFile.TryLoad(temp.File("text.pgz", bytes));
        Assert.Contains("sentence text section is damaged", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_2_file_without_checksums_still_loads()
    {
        var (graph, problem) = GraphFile.TryLoad(Path.Combine(Repository.Root, "tests", "data", "graph-v2.pgz"));
        Assert.Null(problem);
        Assert.Equal(2, graph!.Nodes.Count(node => node.IsPaper));
        var lora = graph.Edges.First(edge => edge.Target.Key == "lora" && edge.Evidence.Length > 0);
        Assert.Contains(lora.Evidence[0].Text, lora.Evidence[0].SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loaded_graph_reads_its_evidence_from_the_file_it_loaded_even_after_a_rebuild_replaces_it()
    {
        using var temp = new TempDirectory();
        var path = temp.File("graph.pgz", SeedFile.Value);
        var (loaded, _) = GraphFile.TryLoad(path);
        var expected = SeedCorpus.Graph.Edges.Where(edge => edge.Evidence.Length > 0).Take(50).Select(edge => edge.Evidence[0]).ToList();
        // A rebuild lands: a different graph is renamed over the path, as build does.
        GraphFile.Save(SampleGraphs.Tricky(), path);
        var actual = loaded!.Edges.Where(edge => edge.Evidence.Length > 0).Take(50).Select(edge => edge.Evidence[0]).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_loaded_graph_opens_its_file_once_for_its_whole_life()
    {
        // The rebuild race of issue 14 (point 11) was a second open by path while loading: a rebuild renamed over the
        // path between the two opens mixed two files. Replacing the file after load cannot hit that window; counting
        // the opens can, and also catches any reopen later to read evidence.
        using var temp = new TempDirectory();
        var path = temp.File("graph.pgz", SeedFile.Value);
        using var opens = FileOpens.Watch(path) ?? throw new InvalidOperationException("this test needs Linux inotify to count the opens of a file");
        var (loaded, problem) = GraphFile.TryLoad(path);
        Assert.Null(problem);
        var evidence = loaded!.Edges.Where(edge => edge.Evidence.Length > 0).Take(50).SelectMany(edge => edge.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.Equal(1, opens.Count());
    }

    [Fact]
    public void A_newer_version_is_PG4002()
    {
        using var temp = new TempDirectory();
        var bytes = (byte[])SeedFile.Value.Clone();
        BitConverter.GetBytes(GraphFile.Version + 1).CopyTo(bytes, 8);
        var (graph, problem) = GraphFile.TryLoad(temp.File("future.pgz", bytes));
        Assert.Null(graph);
        Assert.Equal("PG4002", problem!.Id);
    }

    [Fact]
    public void A_version_1_gzip_json_file_still_loads_with_its_evidence()
    {
        const string json = """
            {"format": "papergraph", "version": 1,
             "nodes": [{"id": 0, "kind": "Paper", "key": "p1", "name": "A paper", "aliases": [], "long_form": null, "paper_count": 1, "proposed_count": 0, "dates": ["Jul 30"], "sources": ["a.txt:3"], "parent": null},
                       {"id": 1, "kind": "Technique", "key": "lora", "name": "LoRA", "aliases": ["low-rank adaptation"], "long_form": null, "paper_count": 1, "proposed_count": 0, "dates": [], "sources": [], "parent": "fine-tuning"}],
             "edges": [{"source": 0, "target": 1, "type": "USES", "weight": 1, "score": 0, "papers": ["p1"],
                        "evidence": [{"paper": "p1", "field": "abstract", "sentence": 2, "start": 40, "end": 44, "text": "LoRA", "sentence_text": "We tune it with LoRA."}]}],
             "merges": [], "diagnostics": []}
            """;
        using var temp = new TempDirectory();
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }
        var (graph, problem) = GraphFile.TryLoad(temp.File("old.pgz", compressed.ToArray()));
        Assert.Null(problem);
        var edge = Assert.Single(graph!.Edges);
        Assert.Equal(new Evidence("p1", PaperGraph.Syntax.DocumentField.Abstract, 2, 40, 44, "LoRA", "We tune it with LoRA."), Assert.Single(edge.Evidence));
        Assert.Equal(["p1"], edge.Papers.ToArray());
        Assert.Equal("fine-tuning", graph.Nodes[1].Parent);
    }

    [Theory]
    [InlineData("""{"format": "papergraph", "version": 1, "nodes": [{"id": 0, "kind": "Paper", "name": "no key"}], "edges": []}""", "a node's key is missing")]
    [InlineData("""{"format": "papergraph", "version": 1, "nodes": [{"id": 0, "kind": "Planet", "key": "p1", "name": "A paper"}], "edges": []}""", "unknown node kind 'Planet'")]
    [InlineData("""{"format": "papergraph", "version": 1, "nodes": [{"id": 0, "kind": "Paper", "key": "p1", "name": "A paper"}], "edges": [{"source": 0, "target": 5, "type": "USES"}]}""", "an edge joins node 0 and node 5, of 1")]
    public void A_version_1_file_with_missing_or_wrong_fields_is_PG4001_naming_the_field(string json, string message)
    {
        // These were a NullReferenceException, an ArgumentException and an IndexOutOfRangeException that the load
        // caught wholesale; now the reader names what is wrong, and only file problems are PG4001.
        using var temp = new TempDirectory();
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }
        var (graph, problem) = GraphFile.TryLoad(temp.File("old.pgz", compressed.ToArray()));
        Assert.Null(graph);
        Assert.Equal("PG4001", problem!.Id);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
