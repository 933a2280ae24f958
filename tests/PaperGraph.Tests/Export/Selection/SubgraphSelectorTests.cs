using PaperGraph.Export.Selection;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export.Selection;

public sealed class SubgraphSelectorTests
{
    private static KnowledgeGraph Seeds => SeedCorpus.Graph;

    private static GraphNode Technique(KnowledgeGraph graph, string key) =>
        graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == key);

    [Fact]
    public void Selecting_everything_returns_the_graph_itself()
    {
        Assert.Same(Seeds, SubgraphSelector.Select(Seeds, SubgraphSelection.Everything));
        Assert.Same(Seeds, SubgraphSelector.Select(Seeds, new SubgraphSelection(Kinds: [])));
        Assert.Same(Seeds, SubgraphSelector.Select(Seeds, new SubgraphSelection(Kinds: [.. EntityKinds.All])));
    }

    [Fact]
    public void Selected_nodes_are_reindexed_in_order_and_keep_only_edges_among_them()
    {
        var selected = SubgraphSelector.Select(Seeds, new SubgraphSelection(Kinds: [EntityKind.Technique, EntityKind.Dataset]));
        Assert.Equal(Enumerable.Range(0, selected.Nodes.Length), selected.Nodes.Select(node => node.Id));
        Assert.All(selected.Nodes, node => Assert.Contains(node.Kind, new[] { EntityKind.Technique, EntityKind.Dataset }));
        Assert.Equal(Seeds.Nodes.Count(node => node.Kind is EntityKind.Technique or EntityKind.Dataset), selected.Nodes.Length);
        var keys = selected.Nodes.Select(node => (node.Kind, node.Key)).ToHashSet();
        var expectedEdges = Seeds.Edges.Count(edge => keys.Contains((edge.Source.Kind, edge.Source.Key)) && keys.Contains((edge.Target.Kind, edge.Target.Key)));
        Assert.Equal(expectedEdges, selected.Edges.Length);
        Assert.All(selected.Edges, edge =>
        {
            Assert.Same(selected.Nodes[edge.Source.Id], edge.Source);
            Assert.Same(selected.Nodes[edge.Target.Id], edge.Target);
        });
    }

    [Fact]
    public void Around_keeps_the_centre_and_its_entity_neighbours_within_depth_and_the_papers_that_link_them()
    {
        var lora = Technique(Seeds, "lora");
        var selected = SubgraphSelector.Select(Seeds, new SubgraphSelection(Around: lora, Depth: 1));
        var neighbours = Seeds.IncidentEdges(lora).Select(edge => edge.Other(lora)).Where(node => !node.IsPaper).Select(node => node.Key).ToHashSet();
        var entities = selected.Entities.ToList();
        Assert.Contains(entities, node => node.Key == "lora");
        Assert.Equal(neighbours.Count + 1, entities.Count);
        Assert.All(entities, node => Assert.True(node.Key == "lora" || neighbours.Contains(node.Key), node.Name));
        Assert.NotEmpty(selected.Papers);
        Assert.All(selected.Papers, paper => Assert.NotEmpty(selected.IncidentEdges(paper)));

        var wider = SubgraphSelector.Select(Seeds, new SubgraphSelection(Around: lora, Depth: 2));
        Assert.True(wider.Entities.Count() > entities.Count);
    }

    [Fact]
    public void Min_papers_and_kinds_without_paper_drop_papers_and_rare_entities()
    {
        var selected = SubgraphSelector.Select(Seeds, new SubgraphSelection(Kinds: [EntityKind.Technique], MinPapers: 5));
        Assert.NotEmpty(selected.Nodes);
        Assert.All(selected.Nodes, node => Assert.True(node.Kind == EntityKind.Technique && node.PaperCount >= 5, node.Name));
    }

    [Fact]
    public void Top_keeps_the_most_connected_entities()
    {
        var selected = SubgraphSelector.Select(Seeds, new SubgraphSelection(Top: 5, Kinds: [EntityKind.Technique, EntityKind.Dataset, EntityKind.Task, EntityKind.Method]));
        Assert.Equal(5, selected.Nodes.Length);
        var fewest = selected.Nodes.Min(node => SubgraphSelector.DistinctNeighbours(Seeds, Seeds.Nodes.Single(n => n.Kind == node.Kind && n.Key == node.Key)));
        var keys = selected.Nodes.Select(node => (node.Kind, node.Key)).ToHashSet();
        Assert.All(Seeds.Entities.Where(node => !keys.Contains((node.Kind, node.Key))),
            node => Assert.True(SubgraphSelector.DistinctNeighbours(Seeds, node) <= fewest, node.Name));
        Assert.Contains(selected.Nodes, node => node.Key == "transformer");
    }

    [Fact]
    public void Kinds_paper_alone_keeps_every_paper_and_no_entity()
    {
        var selected = SubgraphSelector.Select(Seeds, new SubgraphSelection(Kinds: [EntityKind.Paper]));
        Assert.Equal(Seeds.Papers.Count(), selected.Nodes.Length);
        Assert.All(selected.Nodes, node => Assert.True(node.IsPaper));
        Assert.Empty(selected.Edges);
    }
}
