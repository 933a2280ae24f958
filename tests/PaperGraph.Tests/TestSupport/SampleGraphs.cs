using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Syntax;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Small hand-made graphs for export tests.</summary>
internal static class SampleGraphs
{
    /// <summary>Names that break naive escaping in DOT, XML, JSON and HTML.</summary>
    public static readonly string[] TrickyNames =
    [
        "He said \"hi\"",
        @"back\slash",
        @"ends with \",
        @"a\nb literal",
        @"\N \G \l \E",
        "{braces} [brackets] ;semi, comma = eq",
        "<b>html</b> & amp; </script>",
        "node",
        "a -> b -- c",
        "Münster 日本語 Ωmega",
        "tab\there",
        "'single' `tick`",
    ];

    /// <summary>One paper using one technique per tricky name, the techniques in a chain of IS_A, all co-occurring.</summary>
    public static KnowledgeGraph Tricky()
    {
        var paper = new GraphNode(0, NodeKind.Paper, "p1", "A \"paper\" <title> & more", [], null, 1, 0, ["Jul 30"], ["seeds/x.txt:3"], null);
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        nodes.Add(paper);
        foreach (var name in TrickyNames)
        {
            nodes.Add(new GraphNode(nodes.Count, NodeKind.Technique, "k" + nodes.Count, name, [name + " alias", "x\"y"], name + " long form", 1, 0, [], [], nodes.Count > 1 ? TrickyNames[nodes.Count - 2] : null));
        }
        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        for (var i = 1; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var sentence = $"We use {node.Name} here.";
            edges.Add(new GraphEdge(paper, node, RelationType.Uses, [new Evidence("p1", DocumentField.Abstract, 0, 7, 7 + node.Name.Length, node.Name, sentence)], ["p1"], 1, 0));
            if (i > 1)
            {
                edges.Add(new GraphEdge(node, nodes[i - 1], RelationType.IsA, [], [], 1, 0));
                edges.Add(new GraphEdge(nodes[i - 1], node, RelationType.CoOccurs, [], ["p1"], 1, 0.5));
            }
        }
        return new KnowledgeGraph(nodes.ToImmutable(), edges.ToImmutable(), [], []);
    }
}
