using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The curation job of building a graph: the user's decisions (docs/curation.md) applied to the entities once they
/// are merged across papers and before any edge is made, so that paper edges, evidence, paper counts, the taxonomy
/// and the derived CO_OCCURS/PMI edges come out as if extraction had found the curated entities.
/// </summary>
/// <remarks>
/// Keep-apart decisions are resolved first, over the entities as the papers gave them, because they must stop the
/// builder's own merges (<see cref="MayMerge"/>); the others run in file order after those merges, each over the
/// entities as the decisions before it left them ("merge: [A, B]" then "rename: {B: …}" renames A, which B now is).
/// A decision that cannot be applied is a warning with its file and line and changes nothing.
/// </remarks>
internal sealed class EntityCuration(ImmutableArray<CurationDecision> decisions, PaperAccumulator accumulated, EntityLexicon lexicon)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<(CurationDecision Decision, int[] Entities, string Detail)> _applied = [];
    private readonly Dictionary<(int, int), CurationDecision> _keptApart = [];
    private readonly Dictionary<(int, int), string> _mergesPrevented = [];
    private readonly List<MergedDuplicate> _merges = [];
    private EntityNameIndex<EntityRecord>? _names;
    private Dictionary<EntityRecord, int>? _indexOf;

    public bool IsEmpty => decisions.IsEmpty;

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    /// <summary>The merges curation made, beside the builder's in <c>stats</c>.</summary>
    public IReadOnlyList<MergedDuplicate> Merges => _merges;

    /// <summary>Resolves the keep-apart pairs, before the builder merges anything.</summary>
    public void ResolveKeptApart()
    {
        var canonical = Enumerable.Range(0, accumulated.Entities.Count).ToArray();
        foreach (var decision in decisions.Where(decision => decision.Kind == CurationDecisionKind.KeepApart))
        {
            if (!TryResolveAll(decision, canonical, out var pair))
            {
                continue;
            }
            if (pair[0] == pair[1])
            {
                Conflict(decision, $"'{decision.Entities[0].Name}' and '{decision.Entities[1].Name}' are names of one entity");
                continue;
            }
            _keptApart.TryAdd(Pair(pair[0], pair[1]), decision);
            _applied.Add((decision, pair, ""));
        }
        _names = null;
    }

    /// <summary>False when a keep-apart decision is about these two: the builder then leaves them two entities.</summary>
    public bool MayMerge(int entity, int target, string reason)
    {
        if (_keptApart.Count == 0 || !_keptApart.ContainsKey(Pair(entity, target)))
        {
            return true;
        }
        _mergesPrevented.TryAdd(Pair(entity, target), reason);
        return false;
    }

    /// <summary>Applies the other decisions, in file order, to the entities merged across papers (<paramref name="canonical"/> is updated).</summary>
    public void Apply(int[] canonical)
    {
        _names = null;
        foreach (var decision in decisions)
        {
            switch (decision.Kind)
            {
                case CurationDecisionKind.Merge:
                    Merge(decision, canonical);
                    break;
                case CurationDecisionKind.Rename:
                    Rename(decision, canonical);
                    break;
                case CurationDecisionKind.Kind:
                    Retype(decision, canonical);
                    break;
                case CurationDecisionKind.Drop:
                    Drop(decision, canonical);
                    break;
                case CurationDecisionKind.Parent:
                    SetParent(decision, canonical);
                    break;
            }
        }
    }

    /// <summary>The applied decisions, in file order, about the nodes as the graph has them at the end.</summary>
    public ImmutableArray<CurationRecord> Records(int[] canonical)
    {
        var records = ImmutableArray.CreateBuilder<CurationRecord>();
        foreach (var (decision, entities, detail) in _applied.OrderBy(applied => applied.Decision.Line))
        {
            var nodes = entities.Select(e => accumulated.Entities[canonical[e]]).Select(entity => new CuratedNode(entity.FinalKind, entity.Key)).Distinct().ToImmutableArray();
            var text = detail;
            if (decision.Kind == CurationDecisionKind.KeepApart)
            {
                var (first, second) = (accumulated.Entities[canonical[entities[0]]], accumulated.Entities[canonical[entities[1]]]);
                text = $"'{first.DisplayName}' and '{second.DisplayName}' stay two entities"
                    + (_mergesPrevented.TryGetValue(Pair(entities[0], entities[1]), out var reason) ? $" (the builder would have merged them: {reason})" : "");
            }
            records.Add(new CurationRecord(decision.Kind, nodes, text, decision.Source));
        }
        return records.ToImmutable();
    }

    private void Merge(CurationDecision decision, int[] canonical)
    {
        if (!TryResolveAll(decision, canonical, out var pair))
        {
            return;
        }
        var (kept, merged) = (pair[0], pair[1]);
        var (target, source) = (accumulated.Entities[kept], accumulated.Entities[merged]);
        if (kept == merged)
        {
            Conflict(decision, $"'{decision.Entities[0].Name}' and '{decision.Entities[1].Name}' are one entity already");
            return;
        }
        if (target.FinalKind != source.FinalKind)
        {
            Conflict(decision, $"'{target.DisplayName}' is a {target.FinalKind.ToName()} and '{source.DisplayName}' a {source.FinalKind.ToName()}; change the kind of one first");
            return;
        }
        foreach (var ((first, second), keptApart) in _keptApart)
        {
            if ((canonical[first], canonical[second]) == (kept, merged) || (canonical[first], canonical[second]) == (merged, kept))
            {
                Conflict(decision, $"{keptApart.Source} keeps them apart");
                return;
            }
        }
        var sourceForms = source.Forms().ToList();
        for (var e = 0; e < canonical.Length; e++)
        {
            if (canonical[e] == merged)
            {
                canonical[e] = kept;
            }
        }
        target.AbsorbCurated(source);
        Names(canonical).Remove(source, sourceForms);
        Names(canonical).Add(target, sourceForms);
        _merges.Add(new MergedDuplicate(source.FinalKind, source.Key, target.Key, $"merged by {decision.Source}"));
        _applied.Add((decision, [kept], $"'{source.DisplayName}' became an alias of '{target.DisplayName}'"));
    }

    private void Rename(CurationDecision decision, int[] canonical)
    {
        if (!TryResolveAll(decision, canonical, out var found))
        {
            return;
        }
        var entity = accumulated.Entities[found[0]];
        var before = entity.DisplayName;
        entity.Rename(decision.NewName!);
        Names(canonical).Add(entity, [decision.NewName!]);
        _applied.Add((decision, found, $"'{before}' is now shown as '{decision.NewName}'"));
    }

    private void Retype(CurationDecision decision, int[] canonical)
    {
        if (!TryResolveAll(decision, canonical, out var found))
        {
            return;
        }
        var entity = accumulated.Entities[found[0]];
        var kind = decision.NewKind!.Value;
        if (entity.FinalKind == kind)
        {
            Conflict(decision, $"'{entity.DisplayName}' is a {kind.ToName()} already");
            return;
        }
        // Two nodes of one kind and key would be one node to every query: the user merges them instead.
        for (var e = 0; e < accumulated.Entities.Count; e++)
        {
            var other = accumulated.Entities[e];
            if (canonical[e] == e && e != found[0] && !other.Dropped && other.FinalKind == kind && other.Key == entity.Key)
            {
                Conflict(decision, $"there is a {kind.ToName()} '{other.DisplayName}' already; merge the two instead");
                return;
            }
        }
        var before = entity.FinalKind;
        entity.CuratedKind = kind == entity.Kind ? null : kind;
        _applied.Add((decision, found, $"'{entity.DisplayName}' was a {before.ToName()}, is now a {kind.ToName()}"));
    }

    private void Drop(CurationDecision decision, int[] canonical)
    {
        if (!TryResolveAll(decision, canonical, out var found))
        {
            return;
        }
        foreach (var e in found.Distinct())
        {
            var entity = accumulated.Entities[e];
            entity.Dropped = true;
            Names(canonical).Remove(entity, entity.Forms().ToList());
        }
        _applied.Add((decision, found, string.Join(", ", found.Distinct().Select(e => $"'{accumulated.Entities[e].DisplayName}'")) + " removed with its edges and evidence"));
    }

    private void SetParent(CurationDecision decision, int[] canonical)
    {
        if (!TryResolveAll(decision, canonical, out var pair))
        {
            return;
        }
        var (child, parent) = (pair[0], pair[1]);
        if (child == parent)
        {
            Conflict(decision, "an entity cannot be its own parent");
            return;
        }
        // A cycle would send every walk up the taxonomy round for ever.
        var seen = new HashSet<int>();
        for (int? at = parent; at is { } node && seen.Add(node); at = ParentOf(node, canonical))
        {
            if (node == child)
            {
                Conflict(decision, $"'{accumulated.Entities[parent].DisplayName}' is below '{accumulated.Entities[child].DisplayName}' in the taxonomy already");
                return;
            }
        }
        accumulated.Entities[child].CuratedParent = parent;
        _applied.Add((decision, pair, $"'{accumulated.Entities[child].DisplayName}' IS_A '{accumulated.Entities[parent].DisplayName}'"));
    }

    /// <summary>The entity's parent as the graph will have it: the curated one, else the lexicon's.</summary>
    public int? ParentOf(int entity, int[] canonical)
    {
        var record = accumulated.Entities[entity];
        if (record.CuratedParent is { } curated)
        {
            return canonical[curated];
        }
        return record.Taxonomy is { } entry && lexicon.ParentOf(entry) is { } parent && accumulated.EntityIndex.TryGetValue((parent.Kind, parent.Key), out var parentEntity)
            ? canonical[parentEntity]
            : null;
    }

    private bool TryResolveAll(CurationDecision decision, int[] canonical, out int[] entities)
    {
        entities = new int[decision.Entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            var reference = decision.Entities[i];
            var found = Names(canonical).Find(reference.Name, entity => !entity.Dropped && (reference.Kind is null || entity.FinalKind == reference.Kind));
            if (found.Count == 1)
            {
                entities[i] = _indexOf![found[0]];
                continue;
            }
            var location = new Location(decision.File, decision.Line);
            _diagnostics.Add(found.Count == 0
                ? Diagnostic.Create(DiagnosticCatalog.CurationUnknownEntity, location, decision.Kind.ToKey(), reference.ToString(), reference.Kind is { } kind ? $" of kind {kind.ToName()}" : "")
                : Diagnostic.Create(DiagnosticCatalog.CurationAmbiguousEntity, location, decision.Kind.ToKey(), reference.Name,
                    string.Join(", ", found.Select(entity => $"{entity.DisplayName} ({entity.FinalKind.ToName()})"))));
            return false;
        }
        return true;
    }

    /// <summary>The live entities (merged across papers, not dropped) by every form they go by; built once, then kept up to date by each decision.</summary>
    private EntityNameIndex<EntityRecord> Names(int[] canonical)
    {
        if (_names is not null)
        {
            return _names;
        }
        _names = new EntityNameIndex<EntityRecord>(entity => entity.Key);
        _indexOf = new Dictionary<EntityRecord, int>(ReferenceEqualityComparer.Instance);
        for (var e = 0; e < accumulated.Entities.Count; e++)
        {
            var entity = accumulated.Entities[e];
            _indexOf[entity] = e;
            if (canonical[e] == e && !entity.Dropped)
            {
                _names.Add(entity, entity.Forms());
            }
        }
        return _names;
    }

    private void Conflict(CurationDecision decision, string why) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.ConflictingCurationDecision, new Location(decision.File, decision.Line), decision.Kind.ToKey(), why));

    private static (int, int) Pair(int first, int second) => first < second ? (first, second) : (second, first);
}
