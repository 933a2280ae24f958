using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Tests.Query.Merges;

/// <summary>Small hand-made graphs with known duplicates: each entity named by its own paper.</summary>
internal static class MergeGraphs
{
    /// <summary>A graph of entities (kind, name, long form), each used by one paper of its own; keys made as the builder makes them.</summary>
    public static KnowledgeGraph Of(params (EntityKind Kind, string Name, string? LongForm)[] entities) => Of([], entities);

    public static KnowledgeGraph Of(ImmutableArray<KeptApart> keptApart, params (EntityKind Kind, string Name, string? LongForm)[] entities)
    {
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var (kind, name, longForm) in entities)
        {
            var paper = new GraphNode(nodes.Count, EntityKind.Paper, $"p{nodes.Count}", $"A paper on {name}", [], null, 0, 0, ["Jul 30"], [], null);
            nodes.Add(paper);
            var entity = new GraphNode(nodes.Count, kind, EntityKey.From(name), name, [], longForm, 1, 0, [], [], null);
            nodes.Add(entity);
            var sentence = $"We use {name}.";
            edges.Add(new GraphEdge(paper, entity, RelationType.Uses, [new Evidence(paper.Key, DocumentField.Abstract, 0, 7, 7 + name.Length, name, sentence)], [paper.Key], 1, 0));
        }
        return new KnowledgeGraph(nodes.ToImmutable(), edges, [], []) { KeptApart = keptApart };
    }

    public static (EntityKind, string, string?) Method(string name, string? longForm = null) => (EntityKind.Method, name, longForm);

    public static (EntityKind, string, string?) Technique(string name, string? longForm = null) => (EntityKind.Technique, name, longForm);

    public static (EntityKind, string, string?) Dataset(string name) => (EntityKind.Dataset, name, null);
}
