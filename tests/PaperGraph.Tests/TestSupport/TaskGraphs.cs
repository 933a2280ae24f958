using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// A hand-made graph with a task hierarchy: "panoramic semantic segmentation" IS_A "semantic segmentation".
/// p1 (on semantic segmentation) proposes SegNeXt and uses LoRA; p2 (on the panoramic subtask) proposes CFA, uses
/// DoRA (IS_A LoRA) and evaluates on Cityscapes; p3 (on semantic segmentation) only uses LoRA; p4 is on image
/// classification and proposes ZorbNet.
/// </summary>
internal static class TaskGraphs
{
    public static KnowledgeGraph Segmentation()
    {
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        GraphNode Paper(string key, string title) => Add(new GraphNode(nodes.Count, EntityKind.Paper, key, title, [], null, 1, 0, ["Jul 30"], [], null));
        GraphNode Entity(EntityKind kind, string key, string name, int papers, string? parent = null) =>
            Add(new GraphNode(nodes.Count, kind, key, name, [], null, papers, 0, [], [], parent));
        GraphNode Add(GraphNode node)
        {
            nodes.Add(node);
            return node;
        }
        var p1 = Paper("p1", "SegNeXt for segmentation");
        var p2 = Paper("p2", "CFA for panoramic images");
        var p3 = Paper("p3", "Tuning segmenters with LoRA");
        var p4 = Paper("p4", "ZorbNet classifies");
        var segmentation = Entity(EntityKind.Task, "semantic segmentation", "semantic segmentation", 2);
        var panoramic = Entity(EntityKind.Task, "panoramic semantic segmentation", "panoramic semantic segmentation", 1, "semantic segmentation");
        var classification = Entity(EntityKind.Task, "image classification", "image classification", 1);
        var segNext = Entity(EntityKind.Method, "segnext", "SegNeXt", 1);
        var cfa = Entity(EntityKind.Method, "cfa", "CFA", 1);
        var zorbNet = Entity(EntityKind.Method, "zorbnet", "ZorbNet", 1);
        var lora = Entity(EntityKind.Technique, "lora", "LoRA", 2);
        var dora = Entity(EntityKind.Technique, "dora", "DoRA", 1, "LoRA");
        var cityscapes = Entity(EntityKind.Dataset, "cityscapes", "Cityscapes", 1);

        var edges = new List<GraphEdge>();
        void Link(GraphNode paper, RelationType type, GraphNode entity)
        {
            var sentence = $"We study {entity.Name}.";
            edges.Add(new GraphEdge(paper, entity, type, [new Evidence(paper.Key, DocumentField.Abstract, 0, 9, 9 + entity.Name.Length, entity.Name, sentence)], [paper.Key], 1, 0));
        }
        Link(p1, RelationType.Proposes, segNext);
        Link(p1, RelationType.Uses, lora);
        Link(p1, RelationType.Addresses, segmentation);
        Link(p2, RelationType.Proposes, cfa);
        Link(p2, RelationType.Uses, dora);
        Link(p2, RelationType.EvaluatesOn, cityscapes);
        Link(p2, RelationType.Addresses, panoramic);
        Link(p3, RelationType.Uses, lora);
        Link(p3, RelationType.Addresses, segmentation);
        Link(p4, RelationType.Proposes, zorbNet);
        Link(p4, RelationType.Addresses, classification);
        edges.Add(new GraphEdge(panoramic, segmentation, RelationType.IsA, [], [], 1, 0));
        edges.Add(new GraphEdge(dora, lora, RelationType.IsA, [], [], 1, 0));
        return new KnowledgeGraph(nodes.ToImmutable(), edges, [], []);
    }
}
