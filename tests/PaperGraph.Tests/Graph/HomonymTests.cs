using PaperGraph.Binding;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Resolution;
using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;
using PaperGraph.Text;

namespace PaperGraph.Tests.Graph;

/// <summary>Two methods that share a name merge only on evidence; otherwise they stay two nodes named for their papers.</summary>
public sealed class HomonymTests
{
    private static KnowledgeGraph Build(params (string Title, string Abstract)[] papers)
    {
        return Papers.Graph(papers);
    }

    private static readonly (string, string) KestrelForLoRA =
        ("Kestrel: Multi-head Low-rank Adaptation", "We propose Kestrel, a multi-head extension of LoRA for parameter-efficient fine-tuning.");

    private static readonly (string, string) KestrelForContrast =
        ("Rethinking Positive Pairs", "We propose Kestrel, a feature-level method for contrastive learning on ImageNet.");

    private static List<GraphNode> Methods(KnowledgeGraph graph, string bareName) =>
        [.. graph.Nodes.Where(node => node.Kind == EntityKind.Method && (node.Name == bareName || node.Aliases.Contains(bareName)))];

    [Fact]
    public void Two_same_named_methods_proposed_by_unrelated_papers_stay_two_nodes_named_for_their_papers()
    {
        var graph = Build(KestrelForLoRA, KestrelForContrast);
        var kestrels = Methods(graph, "Kestrel");
        Assert.Equal(2, kestrels.Count);
        Assert.All(kestrels, kestrel => Assert.Equal(1, kestrel.PaperCount));
        Assert.Equal(["Kestrel (Jul 30, LoRA)", "Kestrel (Jul 30, contrastive learning)"], kestrels.Select(kestrel => kestrel.Name));
        var kept = Assert.Single(graph.KeptApart);
        Assert.Equal(("Kestrel", 2), (kept.Name, kept.Keys.Length));
        // No false bridge: nothing joins LoRA to contrastive learning.
        Assert.Null(PathFinder.ShortestPath(graph, graph.Nodes.Single(node => node.Key == "lora"), graph.Nodes.Single(node => node.Key == "contrastive learning")));
    }

    [Fact]
    public void Two_papers_proposing_a_name_with_the_same_long_form_are_one_method()
    {
        var graph = Build(
            ("Kolmogorov-Arnold Networks", "We propose Kolmogorov-Arnold Networks (KANs) as alternatives to MLPs."),
            ("AF-KAN", "We propose Kolmogorov-Arnold Networks (KANs) with activation functions for image classification."));
        var kan = Assert.Single(graph.Nodes, node => node.Kind == EntityKind.Method && node.Key == "kan");
        Assert.Equal(2, kan.PaperCount);
        Assert.Empty(graph.KeptApart);
    }

    [Fact]
    public void A_paper_that_names_the_method_as_work_it_builds_on_joins_that_method()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        builder.Add(Papers.Extract(KestrelForLoRA.Item1, KestrelForLoRA.Item2));
        var citing = Papers.Extract("Kestrel, revisited", "We propose Kestrel for contrastive learning. Our method extends Kestrel to images.");
        var start = citing.Paper.Abstract.IndexOf("extends Kestrel", StringComparison.Ordinal);
        var extends = new StatedRelation(StatedRelationKind.Extends, EntityKind.Method, "kestrel", EntityKind.Method, "kestrel", DocumentField.Abstract, new TextSpan(start, "extends Kestrel".Length), "extends Kestrel", 2);
        builder.Add(citing with { Relations = [extends] });
        var graph = builder.Build();
        var withoutCitation = new GraphBuilder(LexiconLoader.BuiltIn);
        withoutCitation.Add(Papers.Extract(KestrelForLoRA.Item1, KestrelForLoRA.Item2));
        withoutCitation.Add(citing);
        Assert.Single(withoutCitation.Build().KeptApart);
        Assert.Empty(graph.KeptApart);
        Assert.Equal(2, Assert.Single(graph.Nodes, node => node.Kind == EntityKind.Method && node.Key == "kestrel").PaperCount);
    }

    [Fact]
    public void A_method_name_from_the_lexicon_is_never_split()
    {
        // Barlow Twins is a known method: a second paper that "proposes" it is about the same thing.
        var graph = Build(
            ("Barlow Twins", "We propose Barlow Twins, a self-supervised learning method."),
            ("Guarding Barlow Twins", "We propose Barlow Twins with mixed samples for contrastive learning."));
        Assert.Empty(graph.KeptApart);
    }

    [Fact]
    public void A_bare_homonym_name_asks_which_one_and_the_full_name_finds_it()
    {
        var graph = Build(KestrelForLoRA, KestrelForContrast);
        var resolver = new EntityResolver(graph);
        var bare = resolver.Resolve("Kestrel");
        Assert.Null(bare.Node);
        Assert.Equal(2, bare.Ambiguous.Length);
        Assert.Equal("Kestrel (Jul 30, contrastive learning)", resolver.Resolve("Kestrel (Jul 30, contrastive learning)").Node?.Name);
    }

    private static (KnowledgeGraph? Graph, PaperGraph.Diagnostics.Diagnostic? Problem) SaveAs(TempDirectory temp, KnowledgeGraph graph, int version, bool checksums, bool keptApart)
    {
        using var stream = new MemoryStream();
        GraphFile.Write(graph, stream, version, checksums, keptApart);
        return GraphFile.TryLoad(temp.File($"v{version}-{checksums}-{keptApart}.pgz", stream.ToArray()));
    }

    [Fact]
    public void The_current_version_keeps_names_apart_under_its_checksums()
    {
        using var temp = new TempDirectory();
        Assert.Equal(7, GraphFile.Version);
        var file = temp.Combine("kestrel.pgz");
        GraphFile.Save(Build(KestrelForLoRA, KestrelForContrast), file);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(7, BitConverter.ToInt32(bytes, 8));
        // The names kept apart are in the checksummed merges and diagnostics section: damage there is caught.
        var name = System.Text.Encoding.UTF8.GetBytes("Kestrel");
        // Before the replay log, which holds the name too but is checked only when a build replays it.
        var at = bytes.AsSpan(0, GraphFileTests.ReplayRecords(bytes).Start).LastIndexOf(name);
        bytes[at] ^= 0x20;
        var (graph, problem) = GraphFile.TryLoad(temp.File("damaged.pgz", bytes));
        Assert.Null(graph);
        Assert.Equal("PG4001", problem!.Id);
    }

    private static readonly (string, string) KestrelForPruning =
        ("Kestrel Pruning", "We propose Kestrel, a structured pruning method for vision transformers.");

    /// <summary>Three Kestrels, two of them merged by a curation decision: one sense's key is no longer a node's.</summary>
    internal static KnowledgeGraph KestrelsWithOneMerged()
    {
        var senses = Build(KestrelForLoRA, KestrelForContrast, KestrelForPruning).SensesKeptApart.Single();
        var merge = new PaperGraph.Curation.CurationDecision(PaperGraph.Curation.CurationDecisionKind.Merge,
            [PaperGraph.Curation.EntityReference.Parse(senses[0].Name), PaperGraph.Curation.EntityReference.Parse(senses[1].Name)], "curation.yaml", 1);
        var builder = new GraphBuilder(LexiconLoader.BuiltIn) { Curation = [merge] };
        foreach (var (title, abstractText) in new[] { KestrelForLoRA, KestrelForContrast, KestrelForPruning })
        {
            builder.Add(Papers.Extract(title, abstractText));
        }
        return builder.Build();
    }

    private static void AssertSameNamesKeptApart(KnowledgeGraph expected, KnowledgeGraph actual)
    {
        Assert.Equal(expected.KeptApart, actual.KeptApart, (a, b) => (a.Kind, a.Name, a.Reason) == (b.Kind, b.Name, b.Reason) && a.Keys.SequenceEqual(b.Keys));
        Assert.Equal(expected.SensesKeptApart.Select(senses => senses.Select(node => (node.Id, node.Key))), actual.SensesKeptApart.Select(senses => senses.Select(node => (node.Id, node.Key))));
    }

    [Fact]
    public void A_saved_graph_names_the_senses_kept_apart_by_node_and_a_sense_merged_away_by_its_key()
    {
        using var temp = new TempDirectory();
        var graph = KestrelsWithOneMerged();
        var kept = Assert.Single(graph.KeptApart);
        var senses = Assert.Single(graph.SensesKeptApart);
        Assert.Equal(3, kept.Keys.Length);
        Assert.Equal(2, senses.Length);
        var file = temp.Combine("kestrels.pgz");
        GraphFile.Save(graph, file);
        var (loaded, problem) = GraphFile.TryLoad(file);
        Assert.Null(problem);
        AssertSameNamesKeptApart(graph, loaded!);
        // A file that wrote every sense as a key would load with no senses known by node: the reader trusts the ids it reads.
        Assert.Equal(1, loaded!.KeptApart.Single().Keys.Count(key => senses.All(node => node.Key != key)));
    }

    [Fact]
    public void A_version_6_file_with_its_senses_as_keys_still_loads_them_and_can_still_be_updated()
    {
        using var temp = new TempDirectory();
        var graph = KestrelsWithOneMerged();
        using var stream = new MemoryStream();
        GraphFile.Write(graph, stream, 6, checksums: true, keptApart: true);
        var file = temp.File("v6.pgz", stream.ToArray());
        var (loaded, problem) = GraphFile.TryLoad(file);
        Assert.Null(problem);
        AssertSameNamesKeptApart(graph, loaded!);
        var (replay, _, replayProblem) = GraphFileReader.TryOpenReplay(file);
        Assert.Null(replayProblem);
        Assert.Equal(3, replay!.PaperCount);
    }

    [Fact]
    public void Both_layouts_of_version_3_still_load()
    {
        using var temp = new TempDirectory();
        var kestrels = Build(KestrelForLoRA, KestrelForContrast);
        // main's version 3: checksums, no names kept apart.
        var (checksummed, problem) = SaveAs(temp, kestrels, 3, checksums: true, keptApart: false);
        Assert.Null(problem);
        Assert.Empty(checksummed!.KeptApart);
        Assert.Equal(kestrels.Nodes.Length, checksummed.Nodes.Length);
        // The issue-13 branch's version 3: names kept apart, no checksum trailer.
        var (branch, branchProblem) = SaveAs(temp, kestrels, 3, checksums: false, keptApart: true);
        Assert.Null(branchProblem);
        Assert.Equal("Kestrel", Assert.Single(branch!.KeptApart).Name);
        Assert.Equal(kestrels.Edges.Length, branch.Edges.Length);
        // And version 2: neither.
        var (old, oldProblem) = SaveAs(temp, kestrels, 2, checksums: false, keptApart: false);
        Assert.Null(oldProblem);
        Assert.Empty(old!.KeptApart);
    }

    [Fact]
    public void A_version_3_file_with_checksums_that_is_damaged_is_still_PG4001()
    {
        using var temp = new TempDirectory();
        using var stream = new MemoryStream();
        GraphFile.Write(Build(KestrelForLoRA, KestrelForContrast), stream, 3, checksums: true, keptApart: false);
        var bytes = stream.ToArray();
        bytes[bytes.Length - 40] ^= 0x01;
        var (graph, problem) = GraphFile.TryLoad(temp.File("damaged-v3.pgz", bytes));
        Assert.Null(graph);
        Assert.Equal("PG4001", problem!.Id);
    }

    [Fact]
    public void Names_kept_apart_survive_a_save_and_load_and_stats_lists_them()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("kestrel.pgz");
        GraphFile.Save(Build(KestrelForLoRA, KestrelForContrast), file);
        var (loaded, problem) = GraphFile.TryLoad(file);
        Assert.Null(problem);
        Assert.Equal("Kestrel", Assert.Single(loaded!.KeptApart).Name);
        var (exit, output, error) = CommandLine.Run("stats", "--graph", file);
        Assert.True(exit == 0, error);
        Assert.Contains("names kept apart (proposed by different papers, nothing says they are one): 1", output);
        Assert.Contains("method 'Kestrel': Kestrel (Jul 30, LoRA); Kestrel (Jul 30, contrastive learning)", output);
    }

    [Fact]
    public void Stats_text_lists_a_few_senses_of_a_widely_shared_name_and_counts_the_rest_and_its_json_lists_all()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("kestrels.pgz");
        string[] topics = ["LoRA", "contrastive learning", "knowledge distillation", "pruning", "quantization", "mixup", "model merging", "dropout", "test-time adaptation", "prompt tuning"];
        var papers = topics.Select(topic => ($"Kestrel for {topic}", $"We propose Kestrel, a new method for {topic}.")).ToArray();
        var graph = Build(papers);
        var senses = Assert.Single(graph.KeptApart).Keys.Length;
        Assert.True(senses > 8, $"only {senses} senses kept apart");
        GraphFile.Save(graph, file);
        var (exit, output, error) = CommandLine.Run("stats", "--graph", file);
        Assert.True(exit == 0, error);
        var line = Assert.Single(output.Split('\n'), text => text.StartsWith("  method 'Kestrel': ", StringComparison.Ordinal));
        Assert.Equal(8, line.Split("; ").Count(part => part.Contains("Kestrel (", StringComparison.Ordinal)));
        Assert.EndsWith($"; … and {senses - 8} more", line.TrimEnd());
        (exit, output, error) = CommandLine.Run("stats", "--graph", file, "--json");
        Assert.True(exit == 0, error);
        var kept = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("kept_apart");
        Assert.Equal(senses, kept[0].GetProperty("nodes").GetArrayLength());
    }
}
