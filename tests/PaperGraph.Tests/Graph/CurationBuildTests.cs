using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Graph.Persistence;
using PaperGraph.Model;
using PaperGraph.Pipeline;
using PaperGraph.Query.Resolution;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary>The seed graph built with one curation file of every decision, saved once, and the seed graph without it.</summary>
public sealed class CuratedSeedGraph : IDisposable
{
    public const string Decisions = """
        - merge: [contrastive learning, supervised contrastive learning]   # accepted candidate 3: near-duplicate names (score 0.81)
        - keep-apart: ["technique:domain adaptation", "task:domain adaptation"]
        - rename: {CIFAR-100: "CIFAR-100 (100 classes)"}
        - kind: {mixup: method}
        - drop: [ImageNet]
        - parent: {"CIFAR-100 (100 classes)": CIFAR-10}
        - merge: [no such entity anywhere, ViT]
        """;

    private readonly TempDirectory _temp = new();

    public CuratedSeedGraph()
    {
        CurationPath = _temp.File("curation.yaml", Decisions);
        var pipeline = PaperPipeline.Create(new PipelineOptions { Inputs = [Repository.Seeds], Model = null, CurationFile = CurationPath }, Diagnostics);
        Graph = pipeline.BuildGraph(SeedCorpus.Extracted);
        GraphPath = _temp.Combine("curated.pgz");
        GraphFile.Save(Graph, GraphPath);
    }

    public DiagnosticBag Diagnostics { get; } = new();
    public string CurationPath { get; }
    public KnowledgeGraph Graph { get; }
    public string GraphPath { get; }

    public string Show(string name, string? kind = null)
    {
        var (exit, output, error) = CommandLine.Run(kind is null ? ["show", "--graph", GraphPath, name] : ["show", "--graph", GraphPath, name, "--kind", kind]);
        Assert.True(exit == 0, error);
        return output;
    }

    public string Stats()
    {
        var (exit, output, error) = CommandLine.Run("stats", "--graph", GraphPath);
        Assert.True(exit == 0, error);
        return output;
    }

    public void Dispose() => _temp.Dispose();
}

public sealed class CurationBuildTests(CuratedSeedGraph seeds) : IClassFixture<CuratedSeedGraph>
{
    /// <summary>The seed graph built without the curation file.</summary>
    private static KnowledgeGraph Uncurated => SeedCorpus.Graph;

    private static GraphNode Node(KnowledgeGraph graph, string name, EntityKind? kind = null) =>
        new EntityResolver(graph).Resolve(name, kind).Node ?? throw new Xunit.Sdk.XunitException($"no entity '{name}'");

    private static IEnumerable<GraphEdge> PaperEdges(KnowledgeGraph graph, GraphNode node) =>
        graph.IncidentEdges(node).Where(edge => edge.Source.IsPaper);

    private static string EvidenceText(GraphEdge edge) => string.Join(" | ", edge.Evidence.Select(evidence => $"{evidence.PaperId}:{evidence.Sentence}:{evidence.Start}:{evidence.Text}"));

    [Fact]
    public void Merge_moves_the_second_entitys_papers_edges_and_evidence_to_the_first()
    {
        var (before, absorbed) = (Node(Uncurated, "contrastive learning"), Node(Uncurated, "supervised contrastive learning"));
        var after = Node(seeds.Graph, "contrastive learning");
        Assert.False(seeds.Graph.TryGetNode(EntityKind.Technique, absorbed.Key, out _));
        Assert.Same(after, Node(seeds.Graph, "supervised contrastive learning"));
        Assert.Contains("supervised contrastive learning", after.Aliases);

        var papers = PaperEdges(Uncurated, before).Concat(PaperEdges(Uncurated, absorbed)).Select(edge => edge.Source.Key).Distinct().Order().ToList();
        Assert.True(papers.Count > before.PaperCount, "the merge must add papers for the test to prove anything");
        Assert.Equal(papers.Count, after.PaperCount);
        Assert.Equal(papers, PaperEdges(seeds.Graph, after).Select(edge => edge.Source.Key).Distinct().Order());
        // The absorbed entity's mentions are evidence of the merged node's edges now.
        var evidence = PaperEdges(seeds.Graph, after).SelectMany(edge => edge.Evidence).Select(e => (e.PaperId, e.Text)).ToHashSet();
        Assert.All(PaperEdges(Uncurated, absorbed).SelectMany(edge => edge.Evidence), e => Assert.Contains((e.PaperId, e.Text), evidence));
        // Derived edges are built over the merged node: what co-occurred with the absorbed entity co-occurs with it.
        var partners = seeds.Graph.IncidentEdges(after).Where(edge => edge.Type == RelationType.CoOccurs).Select(edge => edge.Other(after).Key).ToHashSet();
        Assert.All(Uncurated.IncidentEdges(absorbed).Where(edge => edge.Type == RelationType.CoOccurs && edge.Other(absorbed).Key is not ("imagenet" or "contrastive learning")),
            edge => Assert.Contains(edge.Other(absorbed).Key, partners));

        Assert.Contains(seeds.Graph.Merges, merge => merge.Key == absorbed.Key && merge.MergedKey == after.Key && merge.Reason == "merged by curation.yaml line 1");
        var record = Assert.Single(seeds.Graph.Curation, record => record.Decision == CurationDecisionKind.Merge);
        Assert.Equal("curation.yaml line 1", record.Source);
        Assert.Contains("curation:   merged by curation.yaml line 1: 'supervised contrastive learning' became an alias of 'contrastive learning'", seeds.Show("contrastive learning"));
        Assert.Contains("  merged by curation.yaml line 1: ", seeds.Stats());
    }

    [Fact]
    public void Keep_apart_stops_the_builders_merge_of_one_name_across_kinds()
    {
        // Without the decision, the one paper reading "domain adaptation" as a task joins the technique of five.
        Assert.Contains(Uncurated.Merges, merge => merge.Kind == EntityKind.Task && merge.Key == "domain adaptation");
        Assert.False(Uncurated.TryGetNode(EntityKind.Task, "domain adaptation", out _));
        Assert.DoesNotContain(seeds.Graph.Merges, merge => merge.Key == "domain adaptation");
        Assert.True(seeds.Graph.TryGetNode(EntityKind.Task, "domain adaptation", out var task));
        Assert.True(seeds.Graph.TryGetNode(EntityKind.Technique, "domain adaptation", out var technique));
        Assert.Equal(Node(Uncurated, "domain adaptation", EntityKind.Technique).PaperCount,
            PaperEdges(seeds.Graph, task).Concat(PaperEdges(seeds.Graph, technique)).Select(edge => edge.Source.Key).Distinct().Count());
        Assert.True(task.PaperCount >= 1);
        Assert.All(PaperEdges(seeds.Graph, task), edge => Assert.Equal(RelationType.Addresses, edge.Type));

        var record = Assert.Single(seeds.Graph.Curation, record => record.Decision == CurationDecisionKind.KeepApart);
        Assert.True(record.IsAbout(task) && record.IsAbout(technique));
        Assert.Contains("the builder would have merged them: one kind across papers", record.Detail);
        Assert.Contains("curation:   kept apart by curation.yaml line 2:", seeds.Show("domain adaptation", "task"));
        Assert.Contains("  kept apart by curation.yaml line 2:", seeds.Stats());
    }

    [Fact]
    public void Rename_changes_the_display_name_and_keeps_the_old_one_as_an_alias()
    {
        var renamed = Node(seeds.Graph, "CIFAR-100 (100 classes)");
        Assert.Equal("CIFAR-100 (100 classes)", renamed.Name);
        Assert.Equal(Node(Uncurated, "CIFAR-100").Key, renamed.Key);
        Assert.Contains("CIFAR-100", renamed.Aliases);
        Assert.Same(renamed, Node(seeds.Graph, "cifar-100"));
        Assert.Equal(Node(Uncurated, "CIFAR-100").PaperCount, renamed.PaperCount);
        Assert.Contains("curation:   renamed by curation.yaml line 3: 'CIFAR-100' is now shown as 'CIFAR-100 (100 classes)'", seeds.Show("CIFAR-100"));
        Assert.Contains("  renamed by curation.yaml line 3:", seeds.Stats());
    }

    [Fact]
    public void Kind_retypes_the_entity_and_its_paper_edges_follow()
    {
        var technique = Node(Uncurated, "mixup");
        Assert.Equal(EntityKind.Technique, technique.Kind);
        Assert.False(seeds.Graph.TryGetNode(EntityKind.Technique, "mixup", out _));
        Assert.True(seeds.Graph.TryGetNode(EntityKind.Method, "mixup", out var method));
        Assert.Equal(technique.PaperCount, method.PaperCount);
        Assert.Equal(PaperEdges(Uncurated, technique).Select(edge => (edge.Source.Key, EvidenceText(edge))).Order(),
            PaperEdges(seeds.Graph, method).Select(edge => (edge.Source.Key, EvidenceText(edge))).Order());
        Assert.All(PaperEdges(seeds.Graph, method), edge => Assert.Equal(RelationType.Uses, edge.Type));
        Assert.Contains("curation:   retyped by curation.yaml line 4: 'mixup' was a technique, is now a method", seeds.Show("mixup"));
        Assert.StartsWith("mixup (method)", seeds.Show("mixup"));
        Assert.Contains("  retyped by curation.yaml line 4:", seeds.Stats());
    }

    [Fact]
    public void Drop_removes_the_entity_its_edges_and_its_evidence_and_no_other_evidence_moves()
    {
        var imagenet = Node(Uncurated, "ImageNet");
        Assert.False(seeds.Graph.TryGetNode(imagenet.Kind, imagenet.Key, out _));
        Assert.Null(new EntityResolver(seeds.Graph).Resolve("ImageNet").Node);
        Assert.DoesNotContain(seeds.Graph.Edges, edge => edge.Source.Key == imagenet.Key || edge.Target.Key == imagenet.Key);
        Assert.Equal(Uncurated.Papers.Count(), seeds.Graph.Papers.Count());
        // Every other paper edge of an entity the curation leaves alone has exactly the evidence it had.
        var untouched = new[] { "CIFAR-10", "fine-tuning", "image classification", "diffusion models", "ViT" };
        foreach (var name in untouched)
        {
            var (was, now) = (Node(Uncurated, name), Node(seeds.Graph, name));
            if (name == "ViT")
            {
                continue;
            }
            Assert.Equal(PaperEdges(Uncurated, was).Select(edge => (edge.Source.Key, edge.Type, EvidenceText(edge))).Order(),
                PaperEdges(seeds.Graph, now).Select(edge => (edge.Source.Key, edge.Type, EvidenceText(edge))).Order());
        }
        var record = Assert.Single(seeds.Graph.Curation, record => record.Decision == CurationDecisionKind.Drop);
        Assert.Equal("'ImageNet' removed with its edges and evidence", record.Detail);
        Assert.Contains("  dropped by curation.yaml line 5: 'ImageNet' removed with its edges and evidence", seeds.Stats());
    }

    [Fact]
    public void Parent_adds_the_taxonomy_edge()
    {
        var (child, parent) = (Node(seeds.Graph, "CIFAR-100"), Node(seeds.Graph, "CIFAR-10"));
        Assert.DoesNotContain(Uncurated.Edges, edge => edge.Type == RelationType.IsA && edge.Source.Key == child.Key);
        Assert.Contains(seeds.Graph.IncidentEdges(child), edge => edge.Type == RelationType.IsA && ReferenceEquals(edge.Source, child) && ReferenceEquals(edge.Target, parent));
        Assert.Equal("CIFAR-10", child.Parent);
        var shown = seeds.Show("CIFAR-100");
        Assert.Contains("  parent:     CIFAR-10", shown);
        Assert.Contains("curation:   given a parent by curation.yaml line 6: 'CIFAR-100 (100 classes)' IS_A 'CIFAR-10'", shown);
        Assert.Contains("children:   CIFAR-100 (100 classes)", seeds.Show("CIFAR-10"));
    }

    [Fact]
    public void A_decision_naming_an_unknown_entity_is_a_warning_with_file_and_line_and_the_rest_applies()
    {
        var warning = Assert.Single(seeds.Diagnostics.All, d => d.Id == "PG2104");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((seeds.CurationPath, 7), (warning.Location.FilePath, warning.Location.Line));
        Assert.Contains("'no such entity anywhere'", warning.Message);
        Assert.Contains(seeds.Graph.Diagnostics, d => d.Id == "PG2104" && d.Location.Line == 7);
        Assert.Equal(6, seeds.Graph.Curation.Length);
        Assert.Contains("curation: 6 decisions applied, 1 warning", seeds.Stats());
    }

    [Fact]
    public void The_curated_graph_round_trips_through_save_and_load()
    {
        var (loaded, problem) = GraphFile.TryLoad(seeds.GraphPath);
        Assert.Null(problem);
        Assert.Equal(seeds.Graph.Curation, loaded!.Curation, new CurationRecordComparer());
        Assert.Equal(seeds.Graph.Nodes, loaded.Nodes, new NodeComparer());
        Assert.Equal(seeds.Graph.Edges.Select(EvidenceText), loaded.Edges.Select(EvidenceText));
    }

    [Fact]
    public void A_version_4_file_without_curation_still_loads()
    {
        using var temp = new TempDirectory();
        using var stream = new MemoryStream();
        GraphFile.Write(seeds.Graph, stream, 4, checksums: true, keptApart: true);
        var (loaded, problem) = GraphFile.TryLoad(temp.File("v4.pgz", stream.ToArray()));
        Assert.Null(problem);
        Assert.Empty(loaded!.Curation);
        Assert.Equal(seeds.Graph.Nodes.Length, loaded.Nodes.Length);
    }

    private sealed class CurationRecordComparer : IEqualityComparer<CurationRecord>
    {
        public bool Equals(CurationRecord? x, CurationRecord? y) =>
            x is not null && y is not null && x.Decision == y.Decision && x.Detail == y.Detail && x.Source == y.Source && x.Nodes.SequenceEqual(y.Nodes);

        public int GetHashCode(CurationRecord record) => record.Source.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class NodeComparer : IEqualityComparer<GraphNode>
    {
        public bool Equals(GraphNode? x, GraphNode? y) =>
            x is not null && y is not null && (x.Id, x.Kind, x.Key, x.Name, x.LongForm, x.PaperCount, x.ProposedCount, x.Parent) == (y.Id, y.Kind, y.Key, y.Name, y.LongForm, y.PaperCount, y.ProposedCount, y.Parent)
            && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(GraphNode node) => node.Id;
    }
}
