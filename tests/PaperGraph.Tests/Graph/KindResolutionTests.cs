using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary>Across papers a key has one kind, the one its evidence favours, so one concept is not split over two nodes.</summary>
public sealed class KindResolutionTests
{
    private const string Tracing = "image deblurring";

    /// <summary>
    /// A paper whose entity with <paramref name="key"/> the extractor is made to read as <paramref name="kind"/>, found by
    /// patterns (no lexicon entry), as a name new to the vocabulary would be.
    /// </summary>
    private static ExtractedPaper PaperWith(int number, string key, EntityKind kind)
    {
        var extracted = Papers.Extract($"Study {number} of ice", $"We study {Tracing} in satellite images with a new network.");
        var entity = Assert.Single(extracted.Entities, entity => entity.Key == key);
        return extracted with { Entities = [.. extracted.Entities.Select(other => other == entity ? other with { Kind = kind, Role = null, Entry = null } : other)] };
    }

    private static KnowledgeGraph Build(params ExtractedPaper[] papers)
    {
        return Papers.Pipeline.BuildGraph(papers);
    }

    [Fact]
    public void A_key_read_as_a_task_by_most_papers_and_a_technique_by_one_is_one_task_node()
    {
        var graph = Build(PaperWith(1, Tracing, EntityKind.Task), PaperWith(2, Tracing, EntityKind.Task), PaperWith(3, Tracing, EntityKind.Technique));
        var node = Assert.Single(graph.Nodes, node => node.Key == Tracing);
        Assert.Equal(EntityKind.Task, node.Kind);
        Assert.Equal(3, node.PaperCount);
        // The minority paper's link follows the kind: it addresses the task, it does not use it.
        Assert.Equal(3, graph.IncidentEdges(node).Count(edge => edge.Type == RelationType.Addresses));
        var merge = Assert.Single(graph.Merges, merge => merge.Key == Tracing);
        Assert.Equal(EntityKind.Technique, merge.Kind);
        Assert.Contains("task in 2 papers", merge.Reason);
    }

    [Fact]
    public void A_tie_between_two_kinds_stays_two_nodes()
    {
        var graph = Build(PaperWith(1, Tracing, EntityKind.Task), PaperWith(2, Tracing, EntityKind.Technique));
        Assert.Equal([EntityKind.Technique, EntityKind.Task], graph.Nodes.Where(node => node.Key == Tracing).Select(node => node.Kind).Order());
    }

    [Fact]
    public void A_curated_lexicon_kind_wins_over_a_majority_of_papers_that_read_it_otherwise()
    {
        var lexicon = LexiconLoader.BuiltIn;
        Assert.True(lexicon.TryGet(EntityKind.Technique, "lora", out _));
        var papers = new List<ExtractedPaper> { Papers.Extract("Adapters", "We fine-tune with LoRA.") };
        for (var i = 0; i < 3; i++)
        {
            var extracted = Papers.Extract($"Tuning {i}", "We fine-tune with LoRA.");
            papers.Add(extracted with
            {
                Entities = [.. extracted.Entities.Select(entity => entity.Key == "lora" ? entity with { Kind = EntityKind.Task, Entry = null } : entity)],
            });
        }
        var graph = Build([.. papers]);
        var lora = Assert.Single(graph.Nodes, node => node.Key == "lora");
        Assert.Equal(EntityKind.Technique, lora.Kind);
        Assert.Equal(4, lora.PaperCount);
    }
}
