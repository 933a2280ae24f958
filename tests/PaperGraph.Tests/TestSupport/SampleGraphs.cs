using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
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
        var paper = new GraphNode(0, EntityKind.Paper, "p1", "A \"paper\" <title> & more", [], null, 1, 0, ["Jul 30"], ["seeds/x.txt:3"], null);
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        nodes.Add(paper);
        foreach (var name in TrickyNames)
        {
            nodes.Add(new GraphNode(nodes.Count, EntityKind.Technique, "k" + nodes.Count, name, [name + " alias", "x\"y"], name + " long form", 1, 0, [], [], nodes.Count > 1 ? TrickyNames[nodes.Count - 2] : null));
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

    /// <summary>
    /// A synthetic graph of <paramref name="papers"/> papers and four times as many entities (5,000 nodes by default):
    /// each paper uses four entities, with evidence, and entities form a taxonomy; deterministic.
    /// </summary>
    public static KnowledgeGraph Large(int papers = 1000)
    {
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        for (var i = 0; i < papers; i++)
        {
            nodes.Add(new GraphNode(nodes.Count, EntityKind.Paper, $"paper-{i:D4}", $"Synthetic paper {i:D4} on idea {i % 97}", [], null, 1, 0, ["Jul 30"], [], null));
        }
        var entityKinds = new[] { EntityKind.Method, EntityKind.Dataset, EntityKind.Task, EntityKind.Technique };
        var entityCount = 4 * papers;
        var paperCounts = new int[entityCount];
        var uses = new List<(int Paper, int Entity)>();
        for (var p = 0; p < papers; p++)
        {
            foreach (var e in new[] { p, (p * 7 + 1) % entityCount, (p * 13 + 5) % entityCount, (p * 31 + 11) % (entityCount / 8) })
            {
                if (!uses.Contains((p, e)))
                {
                    uses.Add((p, e));
                    paperCounts[e]++;
                }
            }
        }
        for (var e = 0; e < entityCount; e++)
        {
            nodes.Add(new GraphNode(nodes.Count, entityKinds[e % 4], $"entity {e:D4}", $"Entity {e:D4}", [$"E{e}"], null, paperCounts[e], 0, [], [], null));
        }
        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        foreach (var (p, e) in uses)
        {
            var entity = nodes[papers + e];
            var sentence = $"We study {entity.Name} in paper {p}.";
            edges.Add(new GraphEdge(nodes[p], entity, RelationType.Uses, [new Evidence(nodes[p].Key, DocumentField.Abstract, 0, 9, 9 + entity.Name.Length, entity.Name, sentence)], [nodes[p].Key], 1, 0));
        }
        for (var e = 4; e < entityCount; e += 4)
        {
            edges.Add(new GraphEdge(nodes[papers + e], nodes[papers + e / 8 * 4], RelationType.IsA, [], [], 1, 0));
        }
        return new KnowledgeGraph(nodes.ToImmutable(), edges.ToImmutable(), [], []);
    }
}
