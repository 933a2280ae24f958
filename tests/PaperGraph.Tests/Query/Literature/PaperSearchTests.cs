using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Query.Literature;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Query.Literature;

public sealed class PaperSearchTests
{
    private static readonly KnowledgeGraph Graph = TaskGraphs.Segmentation();

    private static GraphNode Node(EntityKind kind, string key) => Graph.TryGetNode(kind, key, out var node) ? node : throw new KeyNotFoundException(key);

    [Fact]
    public void A_subtasks_papers_are_found_under_its_parent_task()
    {
        var answer = PaperSearch.Find(Graph, new PaperQuery(Node(EntityKind.Task, "semantic segmentation")));
        Assert.Equal(["p1", "p3", "p2"], answer.Papers.Select(hit => hit.Paper.Key));
        Assert.Equal("panoramic semantic segmentation", Assert.Single(answer.NarrowerTasks).Key);
        Assert.Equal("panoramic semantic segmentation", answer.Papers.Single(hit => hit.Paper.Key == "p2").Task.Key);
    }

    [Fact]
    public void Role_proposed_keeps_only_papers_that_propose_a_method_and_counts_only_proposed_methods()
    {
        var answer = PaperSearch.Find(Graph, new PaperQuery(Node(EntityKind.Task, "semantic segmentation"), PaperRole.Proposed));
        Assert.Equal(["p1", "p2"], answer.Papers.Select(hit => hit.Paper.Key));
        Assert.Equal(["cfa", "segnext"], answer.Methods.Select(use => use.Node.Key));
    }

    [Fact]
    public void Role_used_counts_the_methods_and_techniques_used_for_the_task_most_papers_first()
    {
        var answer = PaperSearch.Find(Graph, new PaperQuery(Node(EntityKind.Task, "semantic segmentation"), PaperRole.Used));
        Assert.Equal(["lora", "dora"], answer.Methods.Select(use => use.Node.Key));
        Assert.Equal(2, answer.Methods[0].UsedIn);
    }

    [Fact]
    public void A_technique_filter_takes_narrower_techniques_too_and_a_dataset_filter_narrows_further()
    {
        var task = Node(EntityKind.Task, "semantic segmentation");
        var lora = PaperSearch.Find(Graph, new PaperQuery(task, Technique: Node(EntityKind.Technique, "lora")));
        Assert.Equal(["p1", "p3", "p2"], lora.Papers.Select(hit => hit.Paper.Key));
        var cityscapes = PaperSearch.Find(Graph, new PaperQuery(task, Technique: Node(EntityKind.Technique, "lora"), Dataset: Node(EntityKind.Dataset, "cityscapes")));
        Assert.Equal("p2", Assert.Single(cityscapes.Papers).Paper.Key);
    }

    [Fact]
    public void The_subtask_alone_does_not_find_its_parents_papers()
    {
        var answer = PaperSearch.Find(Graph, new PaperQuery(Node(EntityKind.Task, "panoramic semantic segmentation")));
        Assert.Equal("p2", Assert.Single(answer.Papers).Paper.Key);
    }

    [Fact]
    public void A_task_entry_with_a_parent_in_the_lexicon_becomes_a_task_IS_A_edge_in_the_built_graph()
    {
        var entries = LexiconLoader.BuiltIn.Entries
            .Where(entry => entry.Kind != EntityKind.Task || (entry.Key != "semantic segmentation" && entry.Key != "panoramic semantic segmentation"))
            .Append(new LexiconEntry(EntityKind.Task, "semantic segmentation", null, [], [], null, false, "test"))
            .Append(new LexiconEntry(EntityKind.Task, "panoramic semantic segmentation", null, [], [], "semantic segmentation", false, "test"));
        var lexicon = new EntityLexicon(entries);
        var builder = new GraphBuilder(lexicon);
        builder.Add(new PaperGraph.Extraction.Extractor(lexicon).Extract(Papers.Make("Panoramas", "We study panoramic semantic segmentation on street scenes.")));
        var graph = builder.Build();
        var isA = Assert.Single(graph.Edges, edge => edge.Type == RelationType.IsA && edge.Source.Kind == EntityKind.Task);
        Assert.Equal(("panoramic semantic segmentation", "semantic segmentation"), (isA.Source.Key, isA.Target.Key));
        Assert.True(graph.TryGetNode(EntityKind.Task, "semantic segmentation", out var parent));
        Assert.Single(PaperSearch.Find(graph, new PaperQuery(parent)).Papers);
    }
}
