using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Profiles;
using PaperGraph.Query.Ranking;
using PaperGraph.Query.Resolution;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Query;

/// <summary>Connections, neighbourhoods, relatedness, communities and timelines on small corpora with known answers.</summary>
public sealed class ConnectionTests
{
    /// <summary>Two topics of three papers each (efficient tuning on GLUE; augmentation on CIFAR-10) and one paper joining them.</summary>
    internal static readonly (string Title, string Abstract)[] TwoTopics =
    [
        ("Tuning One", "We fine-tune with LoRA and adapters on GLUE."),
        ("Tuning Two", "We study LoRA and prompt tuning on GLUE."),
        ("Tuning Three", "Adapters and prompt tuning are combined on GLUE."),
        ("Augment One", "We train with mixup and CutMix on CIFAR-10."),
        ("Augment Two", "Label smoothing and mixup are studied on CIFAR-10."),
        ("Augment Three", "CutMix with label smoothing is studied on CIFAR-10."),
        ("Joining Both", "We apply LoRA with mixup."),
    ];

    private static KnowledgeGraph Build(params (string Title, string Abstract)[] papers)
    {
        return Papers.Graph(papers);
    }

    private static GraphNode Node(KnowledgeGraph graph, string name) => new EntityResolver(graph).Resolve(name).Node ?? throw new InvalidOperationException(name);

    [Fact]
    public void A_path_of_three_hops_climbs_the_taxonomy_and_goes_through_the_known_paper()
    {
        var graph = Build(("Efficient", "We use parameter-efficient fine-tuning with dropout."), ("Low Rank", "We use LoRA."));
        var best = PathFinder.BestPaths(graph, Node(graph, "LoRA"), Node(graph, "dropout"), new PathSearch(K: 1))[0];
        Assert.Equal(3, best.Hops.Length);
        Assert.Equal([RelationType.IsA, RelationType.Uses, RelationType.Uses], best.Hops.Select(hop => hop.Edge.Type));
        Assert.Equal("parameter-efficient fine-tuning", best.Hops[0].To.Name);
        Assert.Equal("Efficient", Assert.Single(best.Papers).Name);
        Assert.Equal("We use parameter-efficient fine-tuning with dropout.", best.Hops[2].Evidence[0].SentenceText);
    }

    [Fact]
    public void Among_paths_of_equal_length_the_better_attested_one_ranks_first()
    {
        var graph = Build(
            ("Weak", "We use LoRA with mixup."),
            ("Strong", "LoRA helps. We use LoRA with mixup. Mixup and LoRA again."));
        var paths = PathFinder.BestPaths(graph, Node(graph, "LoRA"), Node(graph, "mixup"), new PathSearch(K: 3));
        Assert.Equal(["Strong", "Weak"], paths.Select(path => path.Papers.Single().Name));
        Assert.All(paths, path => Assert.Equal(2, path.Hops.Length));
    }

    [Fact]
    public void Concept_paths_go_entity_to_entity_and_explain_each_hop_with_a_sentence_of_its_papers()
    {
        var graph = Build(TwoTopics);
        var best = PathFinder.BestPaths(graph, Node(graph, "adapters"), Node(graph, "CutMix"), new PathSearch(K: 1, Via: PathVia.Concepts))[0];
        Assert.All(best.Hops, hop => Assert.False(hop.From.IsPaper || hop.To.IsPaper));
        Assert.All(best.Hops, hop => Assert.NotEmpty(hop.Evidence));
        Assert.Contains(best.Papers, paper => paper.Name == "Joining Both");
    }

    [Fact]
    public void Kinds_keep_other_kinds_from_standing_in_between()
    {
        var graph = Build(TwoTopics);
        var search = new PathSearch(K: 5, Via: PathVia.Concepts) { Kinds = [EntityKind.Technique] };
        var paths = PathFinder.BestPaths(graph, Node(graph, "adapters"), Node(graph, "CutMix"), search);
        Assert.NotEmpty(paths);
        Assert.All(paths.SelectMany(path => path.Hops.Skip(1)), hop => Assert.Equal(EntityKind.Technique, hop.From.Kind));
    }

    [Fact]
    public void Related_entities_carry_pmi_on_known_counts_and_rank_by_support()
    {
        // LoRA is in 3 of 7 papers, GLUE in 3, together in 2: PMI = log2(2·7 / (3·3)); mixup (3 papers) shares 1 paper.
        var graph = Build(TwoTopics);
        var related = Relatedness.Of(graph, Node(graph, "LoRA"), top: 10);
        var glue = Assert.Single(related, item => item.Node.Key == "glue");
        Assert.Equal(2, glue.SharedPapers);
        Assert.Equal(Math.Log2(2.0 * 7 / (3 * 3)), glue.Pmi, 9);
        Assert.Equal(2.0 / 4, glue.Jaccard, 9);
        Assert.Equal(2 * glue.Pmi, glue.Score, 9);
        var mixup = Assert.Single(related, item => item.Node.Key == "mixup");
        Assert.Equal(Math.Log2(1.0 * 7 / (3 * 3)), mixup.Pmi, 9);
        Assert.True(related.IndexOf(glue) < related.IndexOf(mixup));
    }

    [Fact]
    public void Communities_find_the_two_topics_with_their_known_members()
    {
        var graph = Build(TwoTopics);
        var communities = Communities.Detect(graph, minSize: 2);
        Assert.Equal(2, communities.Length);
        var tuning = Assert.Single(communities, community => community.Members.Any(member => member.Key == "lora"));
        var augmentation = Assert.Single(communities, community => community.Members.Any(member => member.Key == "mixup"));
        Assert.Equal(["adapter", "glue", "lora", "prompt tuning"], tuning.Members.Select(member => member.Key).Order());
        Assert.Equal(["cifar 10", "cutmix", "label smoothing", "mixup"], augmentation.Members.Select(member => member.Key).Order());
        Assert.Equal(4, tuning.PaperCount);
    }

    [Fact]
    public void Communities_are_the_same_on_every_run()
    {
        var first = Communities.Detect(Build(TwoTopics), minSize: 1).Select(community => community.Name);
        var second = Communities.Detect(Build(TwoTopics), minSize: 1).Select(community => community.Name);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_joining_technique_is_the_most_between_and_the_topic_hubs_rank_high()
    {
        var graph = Build(TwoTopics);
        var byBetweenness = Centrality.Rank(graph, CentralityMeasure.Betweenness, top: 2);
        Assert.Equal(["lora", "mixup"], byBetweenness.Select(entity => entity.Node.Key).Order());
        var techniques = Centrality.Rank(graph, CentralityMeasure.PageRank, top: 100, kind: EntityKind.Technique);
        Assert.All(techniques, entity => Assert.Equal(EntityKind.Technique, entity.Node.Kind));
        Assert.Null(techniques[0].Betweenness);
    }

    [Fact]
    public void Neighbors_list_depth_one_then_depth_two_through_every_kind()
    {
        var graph = Build(TwoTopics);
        var neighbors = Neighborhood.Of(graph, Node(graph, "adapters"), depth: 2, top: 10);
        var lora = Assert.Single(neighbors, neighbor => neighbor.Node.Key == "lora");
        Assert.Equal(1, lora.Depth);
        var mixup = Assert.Single(neighbors, neighbor => neighbor.Node.Key == "mixup");
        Assert.Equal(2, mixup.Depth);
        Assert.Equal("lora", mixup.Via.Key);
        Assert.Equal(NeighborReach.Through, mixup.Reach);
        var datasets = Neighborhood.Of(graph, Node(graph, "adapters"), depth: 2, top: 10, kind: EntityKind.Dataset);
        Assert.Equal(["glue"], datasets.Select(neighbor => neighbor.Node.Key));
    }

    [Fact]
    public void Bridges_are_the_papers_with_both_and_the_entities_that_go_with_both()
    {
        var graph = Build(TwoTopics);
        var report = Bridges.Between(graph, Node(graph, "LoRA"), Node(graph, "prompt tuning"), top: 10);
        Assert.Equal("Tuning Two", Assert.Single(report.Papers).Paper.Name);
        Assert.Equal(["adapter", "glue"], report.Entities.Select(entity => entity.Node.Key).Order());
        Assert.Equal("glue", report.Entities[0].Node.Key);
    }

    [Fact]
    public void A_timeline_lists_the_papers_under_their_listing_dates_in_order()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        builder.Add(Papers.Extractor.Extract(Papers.Make("Late", "We use LoRA.") with { Dates = ["2025-12-15"] }));
        builder.Add(Papers.Extractor.Extract(Papers.Make("Early", "We use LoRA.") with { Dates = ["Jul 30"] }));
        builder.Add(Papers.Extractor.Extract(Papers.Make("Middle", "LoRA again.") with { Dates = ["2025-01-02", "2025-12-15"] }));
        var graph = builder.Build();
        var timeline = Timeline.Of(graph, Node(graph, "LoRA"));
        Assert.Equal(["Jul 30", "2025-01-02", "2025-12-15"], timeline.Select(entry => entry.Date.Text));
        Assert.Equal(["Late", "Middle"], timeline[2].Papers.Select(paper => paper.Paper.Name));
    }

    [Fact]
    public void A_profile_shows_parent_relations_related_entities_and_papers()
    {
        var graph = Build(("ZorbNet: Fast Tuning", "We propose ZorbNet. Our method outperforms LoRA on GLUE."), ("Other", "We use LoRA on GLUE."));
        var profile = EntityProfile.Build(graph, Node(graph, "LoRA"), top: 5);
        Assert.Equal("parameter-efficient fine-tuning", profile.Parent?.Name);
        var compared = Assert.Single(profile.Relations, relation => relation.Type == RelationType.ComparedWith);
        Assert.False(compared.Outgoing);
        Assert.Equal("zorbnet", compared.Other.Key);
        Assert.Equal(2, profile.Papers.Length);
        Assert.Contains(profile.Related, related => related.Node.Key == "glue");
    }
}
