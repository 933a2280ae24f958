using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Resolution;

/// <summary>
/// Resolves names to entity nodes by key, name, alias and long form, case-insensitively and across hyphen, space
/// and plural variants; unknown names get "did you mean" suggestions by edit distance.
/// </summary>
public sealed class EntityResolver
{
    private const int MaxSuggestions = 5;
    private readonly EntityNameIndex<GraphNode> _names = new(node => node.Key);
    private readonly KnowledgeGraph _graph;

    public EntityResolver(KnowledgeGraph graph)
    {
        _graph = graph;
        foreach (var node in graph.Entities)
        {
            _names.Add(node, new[] { node.Key, node.Name }.Concat(node.Aliases).Concat(node.LongForm is null ? [] : [node.LongForm]));
        }
    }

    public EntityResolution Resolve(string name, EntityKind? kind = null)
    {
        var key = EntityKey.From(name);
        // A name kept apart (homonyms proposed by different papers) means none of them in particular: ask which.
        var homonyms = _graph.KeptApart
            .Where(kept => (kind is null || kept.Kind == kind) && EntityKey.From(kept.Name) == key)
            .SelectMany(kept => kept.Keys.Select(senseKey => _graph.TryGetNode(kept.Kind, senseKey, out var node) ? node : null))
            .OfType<GraphNode>()
            .ToList();
        if (homonyms.Count > 1)
        {
            return new EntityResolution(null, [.. homonyms.Concat(_names.All(name)).Where(node => kind is null || node.Kind == kind).Distinct()], []);
        }
        var matching = _names.Find(name, node => kind is null || node.Kind == kind);
        if (matching.Count == 1)
        {
            return new EntityResolution(matching[0], [], []);
        }
        if (matching.Count > 1)
        {
            return new EntityResolution(null, [.. matching.OrderByDescending(node => node.PaperCount)], []);
        }
        return new EntityResolution(null, [], Suggest(key, kind));
    }

    private ImmutableArray<GraphNode> Suggest(string key, EntityKind? kind)
    {
        var limit = Math.Max(2, key.Length / 3);
        return _names.Forms
            .Select(pair => (Form: pair.Key, Nodes: pair.Value, Distance: EditDistance.Levenshtein(key, pair.Key, limit + 1)))
            .Where(item => item.Distance <= limit || item.Form.Contains(key, StringComparison.Ordinal) && key.Length >= 3)
            .OrderBy(item => item.Distance)
            .ThenByDescending(item => item.Nodes.Max(node => node.PaperCount))
            .SelectMany(item => item.Nodes)
            .Where(node => kind is null || node.Kind == kind)
            .Distinct()
            .Take(MaxSuggestions)
            .ToImmutableArray();
    }

    internal KnowledgeGraph Graph => _graph;
}
