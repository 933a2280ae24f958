using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Query.Merges;

/// <summary>What every generator reads: the graph's entities by kind, each with its key split into words, and the lexicon.</summary>
public sealed class MergeScope
{
    public MergeScope(KnowledgeGraph graph, EntityLexicon lexicon, CancellationToken cancellation = default)
    {
        Graph = graph;
        Lexicon = lexicon;
        Cancellation = cancellation;
        ByKind = graph.Entities
            .GroupBy(node => node.Kind)
            .OrderBy(group => group.Key)
            .ToImmutableDictionary(group => group.Key, group => group.OrderBy(node => node.Key, StringComparer.Ordinal).ToImmutableArray());
        foreach (var kept in graph.KeptApart)
        {
            var bare = EntityKey.From(kept.Name);
            foreach (var key in kept.Keys)
            {
                _bareKeys[(kept.Kind, key)] = bare;
                _bareNames[(kept.Kind, key)] = kept.Name;
            }
        }
    }

    private readonly Dictionary<(EntityKind, string), string> _bareKeys = [];
    private readonly Dictionary<(EntityKind, string), string> _bareNames = [];

    public KnowledgeGraph Graph { get; }
    public EntityLexicon Lexicon { get; }
    public CancellationToken Cancellation { get; }

    /// <summary>Entities of each kind, in key order (so every generator proposes in the same order on every run).</summary>
    public ImmutableDictionary<EntityKind, ImmutableArray<GraphNode>> ByKind { get; }

    /// <summary>Nodes by key; where two share a key (a hand-made graph may), the first in key order.</summary>
    public static Dictionary<string, GraphNode> FirstByKey(IEnumerable<GraphNode> nodes)
    {
        var byKey = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byKey.TryAdd(node.Key, node);
        }
        return byKey;
    }

    /// <summary>
    /// The key of the name itself: a sense of a name kept apart has its paper's context in its key and display name
    /// ("KAN (gradient reversal layer)"), which says nothing about the name; the name's own key is compared instead.
    /// </summary>
    public string NameKey(GraphNode node) => _bareKeys.GetValueOrDefault((node.Kind, node.Key)) ?? node.Key;

    /// <summary>The name as papers write it: for a sense of a name kept apart, the name without its paper context.</summary>
    public string BareName(GraphNode node) => _bareNames.GetValueOrDefault((node.Kind, node.Key)) ?? node.Name;

    /// <summary>The words of an entity's name key ("low rank adaptation" → low, rank, adaptation).</summary>
    public string[] Words(GraphNode node) => NameKey(node).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The canonical key of any form, as the builder makes it (case, hyphens, spaces and the last word's plural folded).</summary>
    public static string KeyOf(string form) => EntityKey.From(form);

    /// <summary>A word in the singular, as the builder singularises the last word of a key.</summary>
    public static string Singular(string word) => EntityKey.Singular(word);
}
