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
                names.Add(node, FormsOf(node));
            }
            return names;
        });
    }

    private EntityNameIndex<GraphNode> Names => _index.Value;

    public EntityResolution Resolve(string name, EntityKind? kind = null)
    {
        var key = EntityKey.From(name);
        // A name kept apart (homonyms proposed by different papers) means none of them in particular: ask which.
        var homonyms = _graph.KeptApart.Zip(_graph.SensesKeptApart)
            .Where(pair => (kind is null || pair.First.Kind == kind) && EntityKey.From(pair.First.Name) == key)
            .SelectMany(pair => pair.Second)
            .ToList();
        if (homonyms.Count > 1)
        {
            return new EntityResolution(null, [.. homonyms.Concat(GoingBy(name, key)).Where(node => kind is null || node.Kind == kind).Distinct()], []);
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
        var matching = EntityNameIndex<GraphNode>.PreferExactKey([.. GoingBy(name, key).Where(node => kind is null || node.Kind == kind)], key, node => node.Key);
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

    /// <summary>
    /// Every entity one of whose forms (key, name, aliases, long form) folds to <paramref name="key"/>, in entity order:
    /// the name index's list for that key, found without the index by one pass over the entities.
    /// </summary>
    /// <remarks>
    /// Indexing every form of 1.2 million entities took 13 s, so a one-off query that needed it (an ambiguous name, an
    /// alias) spent most of its time there. A form can only fold to the key if its first letter or digit, lower-cased,
    /// is the key's first character (folding keeps letters and digits in order and only singularises the last word's
    /// ending), so the pass folds only the forms that start right. Once the index exists (suggestions need it), it
    /// answers.
    /// </remarks>
    private IReadOnlyList<GraphNode> GoingBy(string name, string key)
    {
        if (_index.IsValueCreated || key.Length == 0)
        {
            return Names.All(name);
        }
        var first = key[0];
        bool FoldsToKey(string form) => FirstFolded(form) == first && EntityKey.From(form) == key;
        var found = new List<GraphNode>();
        foreach (var node in _graph.Entities)
        {
            if (FormsOf(node).Any(FoldsToKey))
            {
                found.Add(node);
            }
        }
        return found;
    }

    /// <summary>Every name an entity goes by: its key, display name, aliases and long form.</summary>
    private static IEnumerable<string> FormsOf(GraphNode node)
    {
        yield return node.Key;
        yield return node.Name;
        foreach (var alias in node.Aliases)
        {
            yield return alias;
        }
        if (node.LongForm is { } longForm)
        {
            yield return longForm;
        }
    }

    /// <summary>The first letter or digit of a form, lower-cased as <see cref="EntityKey.From"/> folds it; '\0' when there is none.</summary>
    private static char FirstFolded(string form)
    {
        foreach (var c in form)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.ToLowerInvariant(c);
            }
        }
        return '\0';
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
