using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Tests.Graph;

/// <summary><see cref="KnowledgeGraph.TryGetNode"/> walks the nodes for its first lookups and uses an index after: both answer alike.</summary>
public sealed class NodeLookupTests
{
    private static GraphNode Node(int id, EntityKind kind, string key) => new(id, kind, key, key, [], null, 1, 0, [], [], null);

    [Fact]
    public void Lookups_by_kind_and_key_answer_the_same_before_and_after_the_index_is_built()
    {
        // One key in two kinds, and (in a graph made by hand) one kind and key twice: the first node wins.
        var graph = new KnowledgeGraph(
            [Node(0, EntityKind.Paper, "p1"), Node(1, EntityKind.Method, "x"), Node(2, EntityKind.Task, "x"), Node(3, EntityKind.Method, "x"), Node(4, EntityKind.Dataset, "y")],
            [], [], []);
        (EntityKind Kind, string Key)[] asked =
        [
            (EntityKind.Method, "x"), (EntityKind.Task, "x"), (EntityKind.Dataset, "x"), (EntityKind.Dataset, "y"),
            (EntityKind.Paper, "p1"), (EntityKind.Method, "X"), (EntityKind.Technique, "y"), (EntityKind.Method, "y"),
        ];
        string Answer((EntityKind Kind, string Key) ask) => graph.TryGetNode(ask.Kind, ask.Key, out var node) ? $"node {node.Id}" : "none";

        var walked = asked.Select(Answer).ToList();
        var indexed = asked.Select(Answer).ToList();

        Assert.Equal(["node 1", "node 2", "none", "node 4", "node 0", "none", "none", "none"], walked);
        Assert.Equal(walked, indexed);
    }
}
