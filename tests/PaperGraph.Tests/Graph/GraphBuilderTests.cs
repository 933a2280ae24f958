using PaperGraph.Graph.Building;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

public sealed class GraphBuilderTests
{
    private static KnowledgeGraph Build(params (string Title, string Abstract)[] papers)
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        foreach (var (title, abstractText) in papers)
        {
            builder.Add(Papers.Extract(title, abstractText));
        }
        return builder.Build();
    }

    [Fact]
    public void A_build_cancelled_during_a_phase_stops_before_the_next_phase()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        builder.Add(Papers.Extract("One", "We use LoRA for tuning on CIFAR-10."));
        builder.Add(Papers.Extract("Two", "Low-rank adaptation and mixup help."));
        using var cancellation = new CancellationTokenSource();
        var phases = new List<string>();
        // Cancelled from inside the build, as a signal arriving then would: the point is fixed, not a matter of timing.
        Assert.Throws<OperationCanceledException>(() => builder.Build((phase, _) =>
        {
            phases.Add(phase);
            cancellation.Cancel();
        }, cancellation.Token));
        Assert.Equal(["merge entities across papers"], phases);
    }

    [Fact]
    public void Papers_link_to_their_entities_with_typed_edges_carrying_evidence()
    {
        var graph = Build(("ZorbNet: Fast Nets", "We propose ZorbNet, trained with mixup on CIFAR-10 for image classification."));
        Assert.True(graph.TryGetNode(EntityKind.Method, "zorbnet", out var method));
        var proposes = Assert.Single(graph.IncidentEdges(method), edge => edge.Type == RelationType.Proposes);
        Assert.True(proposes.Source.IsPaper);
        Assert.Contains(graph.Edges, edge => edge.Type == RelationType.Uses && edge.Target.Key == "mixup");
        var evaluates = Assert.Single(graph.Edges, edge => edge.Type == RelationType.EvaluatesOn);
        Assert.Equal("cifar 10", evaluates.Target.Key);
        var evidence = evaluates.Evidence[0];
        Assert.Equal("CIFAR-10", evidence.Text);
        Assert.Contains("CIFAR-10", evidence.SentenceText);
        Assert.Contains(graph.Edges, edge => edge.Type == RelationType.Addresses && edge.Target.Key == "image classification");
    }

    [Fact]
    public void The_same_entity_in_two_papers_is_one_node_with_a_paper_count_of_two()
    {
        var graph = Build(("One", "We use LoRA for tuning."), ("Two", "Low-rank adaptation helps."));
        Assert.True(graph.TryGetNode(EntityKind.Technique, "lora", out var lora));
        Assert.Equal(2, lora.PaperCount);
    }

    [Fact]
    public void An_acronym_defined_in_one_paper_absorbs_its_long_form_in_another()
    {
        var graph = Build(("One", "A novel zebra fusion network (ZFNet) is proposed."), ("Two", "In this paper, we propose Zebra Fusion Network for fusion."));
        var merge = Assert.Single(graph.Merges);
        Assert.Equal("zebra fusion network", merge.Key);
        Assert.True(graph.TryGetNode(EntityKind.Method, "zfnet", out var node));
        Assert.Equal(2, node.PaperCount);
    }

    [Fact]
    public void Two_forms_of_one_entity_in_a_paper_make_one_edge_with_the_evidence_of_both()
    {
        var graph = Build(
            ("One", "A novel zebra fusion network (ZFNet) is proposed."),
            ("Two", "We propose ZFNet, trained with LoRA. In this paper, we propose Zebra Fusion Network for fusion."));
        Assert.True(graph.TryGetNode(EntityKind.Paper, graph.Nodes[1].Key, out var two));
        var edges = graph.IncidentEdges(two).Where(edge => edge.Source == two).ToList();
        var zfnet = Assert.Single(edges, edge => edge.Target.Key == "zfnet");
        Assert.Equal(["ZFNet", "Zebra Fusion Network"], zfnet.Evidence.Select(evidence => evidence.Text).Order(StringComparer.Ordinal));
        Assert.Equal(2, zfnet.Weight);
        var lora = Assert.Single(edges, edge => edge.Target.Key == "lora");
        Assert.Equal("LoRA", Assert.Single(lora.Evidence).Text);
    }

    [Fact]
    public void Techniques_link_to_their_lexicon_parents()
    {
        var graph = Build(("One", "We use LoRA for tuning."));
        Assert.Contains(graph.Edges, edge => edge.Type == RelationType.IsA && edge.Source.Key == "lora");
    }

    [Fact]
    public void Co_occurrence_edges_carry_weight_papers_and_pmi()
    {
        var graph = Build(("One", "We use LoRA with mixup."), ("Two", "We use LoRA with mixup again."), ("Three", "Only dropout here."));
        var edge = Assert.Single(graph.Edges, e => e.Type == RelationType.CoOccurs && new[] { e.Source.Key, e.Target.Key }.Order().SequenceEqual(["lora", "mixup"]));
        Assert.Equal(2, edge.Weight);
        Assert.Equal(2, edge.Papers.Length);
        // PMI = log2(2 * 3 / (2 * 2)) = log2(1.5)
        Assert.Equal(Math.Log2(1.5), edge.Score, 6);
    }

    [Fact]
    public void Stated_comparisons_become_one_edge_across_papers_with_every_sentence_as_evidence()
    {
        var graph = Build(
            ("ZorbNet: Fast Tuning", "We propose ZorbNet. Our method outperforms LoRA on GLUE."),
            ("ZorbNet Again", "We propose ZorbNet for classification. ZorbNet is compared with LoRA and builds on mixup."));
        var compared = Assert.Single(graph.Edges, edge => edge.Type == RelationType.ComparedWith);
        Assert.Equal(("zorbnet", "lora"), (compared.Source.Key, compared.Target.Key));
        Assert.Equal(2, compared.Weight);
        Assert.Equal(["outperforms LoRA", "compared with LoRA"], compared.Evidence.Select(evidence => evidence.Text));
        Assert.Equal("ZorbNet is compared with LoRA and builds on mixup.", compared.Evidence[1].SentenceText);
        var extends = Assert.Single(graph.Edges, edge => edge.Type == RelationType.Extends);
        Assert.Equal(("zorbnet", "mixup"), (extends.Source.Key, extends.Target.Key));
    }

    [Fact]
    public void Stated_relations_survive_saving_and_loading_by_name()
    {
        using var temp = new TempDirectory();
        var graph = Build(("CATNet: Context", "We propose CATNet. The proposed model consists of two modules, namely ZorbFPN and BlipNet. It outperforms LoRA."));
        var path = temp.Combine("graph.pgz");
        GraphFile.Save(graph, path);
        var (loaded, problem) = GraphFile.TryLoad(path);
        Assert.Null(problem);
        Assert.Equal(
            graph.Edges.Where(edge => edge.Type is RelationType.PartOf or RelationType.ComparedWith).Select(edge => (edge.Source.Key, edge.Type.ToName(), edge.Target.Key)),
            loaded!.Edges.Where(edge => edge.Type is RelationType.PartOf or RelationType.ComparedWith).Select(edge => (edge.Source.Key, edge.Type.ToName(), edge.Target.Key)));
        Assert.Equal(2, loaded.Edges.Count(edge => edge.Type == RelationType.PartOf));
    }

    [Fact]
    public void A_saved_graph_loads_back_identically()
    {
        using var temp = new TempDirectory();
        var graph = SeedCorpus.Graph;
        var path = temp.Combine("seeds.pgz");
        GraphFile.Save(graph, path);
        var (loaded, problem) = GraphFile.TryLoad(path);
        Assert.Null(problem);
        Assert.Equal(graph.Nodes, loaded!.Nodes, (a, b) => a.Key == b.Key && a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases) && a.PaperCount == b.PaperCount);
        Assert.Equal(graph.Edges.Length, loaded.Edges.Length);
        Assert.Equal(graph.Edges.Select(e => (e.Source.Id, e.Target.Id, e.Type, e.Evidence.Length)), loaded.Edges.Select(e => (e.Source.Id, e.Target.Id, e.Type, e.Evidence.Length)));
    }

    [Fact]
    public void Saving_is_deterministic()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        GraphFile.Write(SeedCorpus.Graph, first);
        GraphFile.Write(SeedCorpus.Graph, second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Theory]
    [InlineData("not gzip at all")]
    public void A_corrupt_graph_file_is_PG4001(string content)
    {
        using var temp = new TempDirectory();
        var (graph, problem) = GraphFile.TryLoad(temp.File("bad.pgz", content));
        Assert.Null(graph);
        Assert.Equal("PG4001", problem!.Id);
    }
}
