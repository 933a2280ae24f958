using PaperGraph.Binding;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;
using PaperGraph.Text;
using PaperGraph.Lexicon;
using PaperGraph.Query;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary>Two methods that share a name merge only on evidence; otherwise they stay two nodes named for their papers.</summary>
public sealed class HomonymTests
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

    private static readonly (string, string) HydraForLoRA =
        ("Hydra: Multi-head Low-rank Adaptation", "We propose Hydra, a multi-head extension of LoRA for parameter-efficient fine-tuning.");

    private static readonly (string, string) HydraForContrast =
        ("Rethinking Positive Pairs", "We propose Hydra, a feature-level method for contrastive learning on ImageNet.");

    private static List<GraphNode> Methods(KnowledgeGraph graph, string bareName) =>
        [.. graph.Nodes.Where(node => node.Kind == NodeKind.Method && (node.Name == bareName || node.Aliases.Contains(bareName)))];

    [Fact]
    public void Two_same_named_methods_proposed_by_unrelated_papers_stay_two_nodes_named_for_their_papers()
    {
        var graph = Build(HydraForLoRA, HydraForContrast);
        var hydras = Methods(graph, "Hydra");
        Assert.Equal(2, hydras.Count);
        Assert.All(hydras, hydra => Assert.Equal(1, hydra.PaperCount));
        Assert.Equal(["Hydra (Jul 30, LoRA)", "Hydra (Jul 30, contrastive learning)"], hydras.Select(hydra => hydra.Name));
        var kept = Assert.Single(graph.KeptApart);
        Assert.Equal(("Hydra", 2), (kept.Name, kept.Keys.Length));
        // No false bridge: nothing joins LoRA to contrastive learning.
        Assert.Null(PathFinder.ShortestPath(graph, graph.Nodes.Single(node => node.Key == "lora"), graph.Nodes.Single(node => node.Key == "contrastive learning")));
    }

    [Fact]
    public void Two_papers_proposing_a_name_with_the_same_long_form_are_one_method()
    {
        var graph = Build(
            ("Kolmogorov-Arnold Networks", "We propose Kolmogorov-Arnold Networks (KANs) as alternatives to MLPs."),
            ("AF-KAN", "We propose Kolmogorov-Arnold Networks (KANs) with activation functions for image classification."));
        var kan = Assert.Single(graph.Nodes, node => node.Kind == NodeKind.Method && node.Key == "kan");
        Assert.Equal(2, kan.PaperCount);
        Assert.Empty(graph.KeptApart);
    }

    [Fact]
    public void A_paper_that_names_the_method_as_work_it_builds_on_joins_that_method()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        builder.Add(Papers.Extract(HydraForLoRA.Item1, HydraForLoRA.Item2));
        var citing = Papers.Extract("Hydra, revisited", "We propose Hydra for contrastive learning. Our method extends Hydra to images.");
        var start = citing.Paper.Abstract.IndexOf("extends Hydra", StringComparison.Ordinal);
        var extends = new StatedRelation(StatedRelationKind.Extends, EntityKind.Method, "hydra", EntityKind.Method, "hydra", DocumentField.Abstract, new TextSpan(start, "extends Hydra".Length), "extends Hydra", 2);
        builder.Add(citing with { Relations = [extends] });
        var graph = builder.Build();
        var withoutCitation = new GraphBuilder(LexiconLoader.BuiltIn);
        withoutCitation.Add(Papers.Extract(HydraForLoRA.Item1, HydraForLoRA.Item2));
        withoutCitation.Add(citing);
        Assert.Single(withoutCitation.Build().KeptApart);
        Assert.Empty(graph.KeptApart);
        Assert.Equal(2, Assert.Single(graph.Nodes, node => node.Kind == NodeKind.Method && node.Key == "hydra").PaperCount);
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
        var graph = Build(HydraForLoRA, HydraForContrast);
        var resolver = new EntityResolver(graph);
        var bare = resolver.Resolve("Hydra");
        Assert.Null(bare.Node);
        Assert.Equal(2, bare.Ambiguous.Length);
        Assert.Equal("Hydra (Jul 30, contrastive learning)", resolver.Resolve("Hydra (Jul 30, contrastive learning)").Node?.Name);
    }

    [Fact]
    public void Names_kept_apart_survive_a_save_and_load_and_stats_lists_them()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("hydra.pgz");
        GraphFile.Save(Build(HydraForLoRA, HydraForContrast), file);
        var (loaded, problem) = GraphFile.TryLoad(file);
        Assert.Null(problem);
        Assert.Equal("Hydra", Assert.Single(loaded!.KeptApart).Name);
        var (exit, output, error) = CommandLine.Run("stats", "--graph", file);
        Assert.True(exit == 0, error);
        Assert.Contains("names kept apart (proposed by different papers, nothing says they are one): 1", output);
        Assert.Contains("method 'Hydra': Hydra (Jul 30, LoRA); Hydra (Jul 30, contrastive learning)", output);
    }
}
