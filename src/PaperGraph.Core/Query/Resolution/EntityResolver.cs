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
    private readonly KnowledgeGraph _graph;
    // Every form of every entity: built only when a name is not one entity's key, since at a million papers indexing
    // 1.2 million entities costs seconds a one-off query should not pay.
    private readonly Lazy<EntityNameIndex<GraphNode>> _index;

    public EntityResolver(KnowledgeGraph graph)
    {
        _graph = graph;
        _index = new(() =>
        {
            var names = new EntityNameIndex<GraphNode>(node => node.Key);
            foreach (var node in graph.Entities)
            {
                names.Add(node, new[] { node.Key, node.Name }.Concat(node.Aliases).Concat(node.LongForm is null ? [] : [node.LongForm]));
            }
            return names;
        });
    }

    private EntityNameIndex<GraphNode> Names => _index.Value;

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
            return new EntityResolution(null, [.. homonyms.Concat(Names.All(name)).Where(node => kind is null || node.Kind == kind).Distinct()], []);
        }
        // The entity whose key the name is, when exactly one is: what the name index would answer too (an exact key
        // match beats alias matches), found without it.
        var keyed = (kind is { } only ? EntityKinds.Extracted.Where(candidate => candidate == only) : EntityKinds.Extracted)
            .Select(candidate => _graph.TryGetNode(candidate, key, out var node) ? node : null)
            .OfType<GraphNode>()
            .Take(2)
            .ToList();
        if (keyed.Count == 1)
        {
            return new EntityResolution(keyed[0], [], []);
        }
        var matching = Names.Find(name, node => kind is null || node.Kind == kind);
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
        return Names.Forms
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
