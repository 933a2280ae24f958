using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// The one place that mutates a graph: papers are added one at a time, then <see cref="Build"/> binds entities
/// across papers and freezes the result.
/// </summary>
/// <remarks>
/// Across papers, an entity found only by patterns whose key is another entity's acronym or long form (same kind)
/// is merged into it, unless that key is claimed by more than one entity (an ambiguous acronym stays apart).
/// </remarks>
public sealed class GraphBuilder(EntityLexicon lexicon)
{
    private readonly Dictionary<string, PaperRecord> _papers = new(StringComparer.Ordinal);
    private readonly List<string> _paperOrder = [];
    private readonly Dictionary<(EntityKind Kind, string Key), EntityRecord> _entities = [];
    private readonly List<(EntityKind Kind, string Key)> _entityOrder = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public int PaperCount => _papers.Count;

    public void AddDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Add(ExtractedPaper extracted)
    {
        var paper = extracted.Paper;
        _diagnostics.AddRange(extracted.Diagnostics);
        if (_papers.TryGetValue(paper.Id, out var existing))
        {
            // Listed again in another run of readers: keep the first extraction, merge the listing.
            existing.Dates.UnionWith(paper.Dates);
            existing.Sources.UnionWith(paper.Sources.Select(source => source.ToString()));
            return;
        }
        var record = new PaperRecord(paper.Id, paper.Title, new SortedSet<string>(paper.Dates, StringComparer.Ordinal), new SortedSet<string>(paper.Sources.Select(source => source.ToString()), StringComparer.Ordinal));
        _papers[paper.Id] = record;
        _paperOrder.Add(paper.Id);

        foreach (var entity in extracted.Entities)
        {
            var slot = (entity.Kind, entity.Key);
            if (!_entities.TryGetValue(slot, out var aggregate))
            {
                aggregate = new EntityRecord(entity.Kind, entity.Key, entity.Entry);
                _entities[slot] = aggregate;
                _entityOrder.Add(slot);
            }
            aggregate.Add(entity, paper.Id);
            var evidence = entity.Mentions
                .Select(mention => new Evidence(paper.Id, mention.Field, mention.Sentence, mention.Span.Start, mention.Span.End, mention.Text, extracted.Sentences[mention.Sentence]))
                .ToImmutableArray();
            var relation = entity.Kind switch
            {
                EntityKind.Method when entity.Role == MethodRole.Proposed => RelationType.Proposes,
                EntityKind.Method or EntityKind.Technique => RelationType.Uses,
                EntityKind.Dataset => RelationType.EvaluatesOn,
                _ => RelationType.Addresses,
            };
            record.Links.Add(new PaperLink(slot, relation, evidence));
        }
        record.Relations.AddRange(extracted.Relations.Select(stated => (stated, new Evidence(paper.Id, stated.Field, stated.Sentence, stated.Span.Start, stated.Span.End, stated.Text, extracted.Sentences[stated.Sentence]))));
    }

    public KnowledgeGraph Build()
    {
        var (canonical, merges) = MergeAcrossPapers();
        AddTaxonomyAncestors(canonical);

        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        var paperNodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var id in _paperOrder)
        {
            var paper = _papers[id];
            var node = new GraphNode(nodes.Count, NodeKind.Paper, paper.Id, paper.Title, [], null, 1, 0, [.. paper.Dates], [.. paper.Sources], null);
            nodes.Add(node);
            paperNodes[id] = node;
        }

        var entityNodes = new Dictionary<(EntityKind, string), GraphNode>();
        foreach (var slot in _entityOrder)
        {
            if (canonical[slot] != slot)
            {
                continue;
            }
            var entity = _entities[slot];
            var node = new GraphNode(nodes.Count, ToNodeKind(slot.Kind), slot.Key, entity.DisplayName, entity.AliasList(), entity.LongForm,
                entity.Papers.Count, entity.ProposedIn.Count, [], [], entity.ParentName);
            nodes.Add(node);
            entityNodes[slot] = node;
        }

        var edges = ImmutableArray.CreateBuilder<GraphEdge>();
        var papersByEntity = new Dictionary<GraphNode, List<string>>();
        foreach (var id in _paperOrder)
        {
            var paperNode = paperNodes[id];
            // One edge per (paper, entity, type): two surface forms merged across papers must not double an edge.
            foreach (var group in _papers[id].Links.GroupBy(link => (Node: entityNodes[canonical[link.Entity]], link.Relation)))
            {
                var evidence = group.SelectMany(link => link.Evidence).ToImmutableArray();
                edges.Add(new GraphEdge(paperNode, group.Key.Node, group.Key.Relation, evidence, [id], evidence.Length, 0));
            }
        }

        foreach (var slot in _entityOrder)
        {
            if (canonical[slot] != slot || _entities[slot].Entry is not { } entry || entry.Parent is null)
            {
                continue;
            }
            var parentKey = EntityKey.From(entry.Parent);
            if (entityNodes.TryGetValue((EntityKind.Technique, parentKey), out var parentNode))
            {
                edges.Add(new GraphEdge(entityNodes[slot], parentNode, RelationType.IsA, [], [], 1, 0));
            }
        }

        StatedEdges.Add(edges, _paperOrder.SelectMany(id => _papers[id].Relations),
            (kind, key) => entityNodes.GetValueOrDefault(canonical.GetValueOrDefault((kind, key), (kind, key))));
        DerivedEdges.Add(edges, nodes.ToImmutable(), _paperOrder.Count);
        var nodeArray = nodes.ToImmutable();
        return new KnowledgeGraph(nodeArray, edges.ToImmutable(), merges, [.. _diagnostics]);
    }

    private (Dictionary<(EntityKind, string), (EntityKind, string)> Canonical, ImmutableArray<MergedDuplicate> Merges) MergeAcrossPapers()
    {
        var canonical = _entityOrder.ToDictionary(slot => slot, slot => slot);
        var merges = ImmutableArray.CreateBuilder<MergedDuplicate>();

        // Which entities claim a surface key as an acronym or long form of theirs.
        var claims = new Dictionary<(EntityKind, string), HashSet<string>>();
        foreach (var slot in _entityOrder)
        {
            var entity = _entities[slot];
            foreach (var form in entity.DefinitionForms())
            {
                var formSlot = (slot.Kind, EntityKey.From(form));
                if (formSlot == slot)
                {
                    continue;
                }
                if (!claims.TryGetValue(formSlot, out var owners))
                {
                    claims[formSlot] = owners = new HashSet<string>(StringComparer.Ordinal);
                }
                owners.Add(slot.Key);
            }
        }
        foreach (var slot in _entityOrder)
        {
            var entity = _entities[slot];
            if (entity.Entry is not null || entity.LongForm is not null || !claims.TryGetValue(slot, out var owners) || owners.Count != 1)
            {
                continue;
            }
            var target = (slot.Kind, owners.First());
            if (!_entities.ContainsKey(target) || canonical[target] != target)
            {
                continue;
            }
            canonical[slot] = target;
            _entities[target].Absorb(entity);
            merges.Add(new MergedDuplicate(ToNodeKind(slot.Kind), slot.Key, target.Item2, "acronym and long form"));
        }
        return (canonical, merges.ToImmutable());
    }

    private void AddTaxonomyAncestors(Dictionary<(EntityKind, string), (EntityKind, string)> canonical)
    {
        foreach (var slot in _entityOrder.ToList())
        {
            if (_entities[slot].Entry is not { Kind: EntityKind.Technique } entry)
            {
                continue;
            }
            foreach (var ancestor in lexicon.Ancestors(entry))
            {
                var ancestorSlot = (EntityKind.Technique, ancestor.Key);
                if (_entities.ContainsKey(ancestorSlot))
                {
                    continue;
                }
                _entities[ancestorSlot] = new EntityRecord(EntityKind.Technique, ancestor.Key, ancestor);
                _entityOrder.Add(ancestorSlot);
                canonical[ancestorSlot] = ancestorSlot;
            }
        }
    }

    public static NodeKind ToNodeKind(EntityKind kind) => kind switch
    {
        EntityKind.Method => NodeKind.Method,
        EntityKind.Dataset => NodeKind.Dataset,
        EntityKind.Technique => NodeKind.Technique,
        _ => NodeKind.Task,
    };

    private sealed record PaperLink((EntityKind Kind, string Key) Entity, RelationType Relation, ImmutableArray<Evidence> Evidence);

    private sealed record PaperRecord(string Id, string Title, SortedSet<string> Dates, SortedSet<string> Sources)
    {
        public List<PaperLink> Links { get; } = [];
        public List<(StatedRelation Relation, Evidence Evidence)> Relations { get; } = [];
    }

    private sealed class EntityRecord(EntityKind kind, string key, LexiconEntry? entry)
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly List<string> _aliases = [];

        public EntityKind Kind { get; } = kind;
        public string Key { get; } = key;
        public LexiconEntry? Entry { get; } = entry;
        public HashSet<string> Papers { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ProposedIn { get; } = new(StringComparer.Ordinal);
        public string? LongForm { get; private set; }
        public string? ParentName => Entry?.Parent;

        public string DisplayName => Entry?.Name ?? _names.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).FirstOrDefault() ?? Key;

        public void Add(BoundEntity entity, string paperId)
        {
            Papers.Add(paperId);
            if (entity.Role == MethodRole.Proposed)
            {
                ProposedIn.Add(paperId);
            }
            _names[entity.Name] = _names.GetValueOrDefault(entity.Name) + 1;
            LongForm ??= entity.LongForm;
            foreach (var alias in entity.Aliases.Append(entity.Name).Concat(entity.LongForm is null ? [] : [entity.LongForm]))
            {
                if (!_aliases.Contains(alias))
                {
                    _aliases.Add(alias);
                }
            }
        }

        public void Absorb(EntityRecord other)
        {
            Papers.UnionWith(other.Papers);
            ProposedIn.UnionWith(other.ProposedIn);
            foreach (var name in other._names.Keys)
            {
                if (!_aliases.Contains(name))
                {
                    _aliases.Add(name);
                }
            }
            foreach (var alias in other._aliases.Where(alias => !_aliases.Contains(alias)))
            {
                _aliases.Add(alias);
            }
        }

        /// <summary>Forms that define this entity beyond its key: its long form and acronym-like aliases.</summary>
        public IEnumerable<string> DefinitionForms()
        {
            if (LongForm is not null)
            {
                yield return LongForm;
                foreach (var alias in _aliases)
                {
                    yield return alias;
                }
            }
        }

        public ImmutableArray<string> AliasList()
        {
            var display = DisplayName;
            return _aliases.Where(alias => alias != display).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        }
    }
}
