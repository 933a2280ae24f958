using System.Collections.Immutable;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Neighbours;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Query;

public sealed class NeighborhoodTests
{
    /// <summary>
    /// mixup shares 3 papers with "fine-tuning" (found in 40 papers: PMI low) and 2 with "CutMix" (found only there: PMI
    /// high); mixup IS_A data augmentation, which co-occurs with ImageNet; mixup and ImageNet share no paper.
    /// </summary>
    private static KnowledgeGraph Graph()
    {
        GraphNode Entity(int id, EntityKind kind, string key, int papers) => new(id, kind, key, key, [], null, papers, 0, [], [], null);
        var mixup = Entity(0, EntityKind.Technique, "mixup", 4);
        var fineTuning = Entity(1, EntityKind.Technique, "fine-tuning", 40);
        var cutMix = Entity(2, EntityKind.Technique, "CutMix", 2);
        var augmentation = Entity(3, EntityKind.Technique, "data augmentation", 10);
        var imageNet = Entity(4, EntityKind.Dataset, "ImageNet", 20);
        ImmutableArray<GraphNode> nodes = [mixup, fineTuning, cutMix, augmentation, imageNet];
        GraphEdge CoOccurs(GraphNode a, GraphNode b, int papers, double pmi) => new(a, b, RelationType.CoOccurs, [], [], papers, pmi);
        return new KnowledgeGraph(nodes,
        [
            CoOccurs(mixup, fineTuning, 3, 0.1),
            CoOccurs(mixup, cutMix, 2, 4.0),
            new GraphEdge(mixup, augmentation, RelationType.IsA, [], [], 1, 0),
            CoOccurs(augmentation, imageNet, 5, 1.5),
        ], [], []);
    }

    [Fact]
    public void A_specific_entity_with_fewer_papers_in_common_outranks_a_generic_one_with_more()
    {
        var graph = Graph();
        var neighbors = Neighborhood.Of(graph, graph.Nodes[0], depth: 1, top: 10);
        Assert.Equal(["CutMix", "fine-tuning"], neighbors.Where(neighbor => neighbor.Reach == NeighborReach.SharedPaper).Select(neighbor => neighbor.Node.Key));
        Assert.Equal(8.0, neighbors.Single(neighbor => neighbor.Node.Key == "CutMix").Strength, 6);
    }

    [Fact]
    public void Neighbours_say_whether_they_are_a_direct_relation_a_shared_paper_or_reached_through_another_entity()
    {
        var graph = Graph();
        var neighbors = Neighborhood.Of(graph, graph.Nodes[0], depth: 2, top: 10);
        Assert.Equal(NeighborReach.DirectRelation, neighbors.Single(neighbor => neighbor.Node.Key == "data augmentation").Reach);
        var imageNet = neighbors.Single(neighbor => neighbor.Node.Key == "ImageNet");
        Assert.Equal((NeighborReach.Through, "data augmentation"), (imageNet.Reach, imageNet.Via.Key));
    }

    [Fact]
    public void The_neighbors_text_separates_direct_relations_from_indirect_ones_and_names_the_entity_in_between()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("g.pgz");
        GraphFile.Save(Graph(), file);
        var (exit, output, error) = CommandLine.Run("neighbors", "mixup", "--graph", file);
        Assert.True(exit == 0, error);
        var direct = output.IndexOf("direct relations:", StringComparison.Ordinal);
        var shared = output.IndexOf("shared papers only:", StringComparison.Ordinal);
        var indirect = output.IndexOf("indirect, 2 hops away", StringComparison.Ordinal);
        Assert.True(direct >= 0 && direct < shared && shared < indirect, output);
        Assert.Contains("ImageNet (dataset)  [through data augmentation;", output);
        Assert.Contains("data augmentation (technique)  [IS_A;", output);
    }

    [Theory]
    [InlineData("--depth", "0")]
    [InlineData("--top", "0")]
    [InlineData("--depth", "-3")]
    public void Neighbors_with_an_impossible_depth_or_top_is_a_usage_error(string option, string value)
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("g.pgz");
        GraphFile.Save(Graph(), file);
        var (exit, _, error) = CommandLine.Run("neighbors", "mixup", option, value, "--graph", file);
        Assert.Equal(2, exit);
        Assert.Contains($"{option} must be at least 1", error);
    }
}
