using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The second job of building a graph: across papers, one thing is one node. An entity found only by patterns whose
/// key is another entity's acronym or long form (same kind) joins it, unless more than one entity claims that key (an
/// ambiguous acronym stays apart); a key papers read as different kinds joins one kind on evidence; a name proposed
/// by unrelated papers stays several nodes, each named for its paper.
/// </summary>
/// <remarks>Each step returns the canonical entity of every entity (itself when it stays) and the merges it made, for <c>stats</c>.</remarks>
internal static class EntityMerging
{
    /// <summary>Names that stayed several nodes; each sense's display name now says which paper it is from.</summary>
    public static ImmutableArray<KeptApart> KeptApartNames(PaperAccumulator accumulated)
    {
        var result = ImmutableArray.CreateBuilder<KeptApart>();
        foreach (var ((kind, key), senses) in accumulated.Senses.OrderBy(pair => pair.Key.Kind).ThenBy(pair => pair.Key.Key, StringComparer.Ordinal))
        {
            foreach (var sense in senses)
            {
                accumulated.Entities[sense].Qualify();
            }
            result.Add(new KeptApart(kind, accumulated.Entities[senses[0]].BareName, [.. senses.Select(sense => accumulated.Entities[sense].Key)],
                "proposed by different papers with no shared long form and no citation"));
        }
        return result.ToImmutable();
    }

    public static (int[] Canonical, ImmutableArray<MergedDuplicate> Merges) MergeAcrossPapers(PaperAccumulator accumulated, EntityCuration curation, CancellationToken cancellationToken)
    {
        var canonical = Enumerable.Range(0, accumulated.Entities.Count).ToArray();
        var merges = ImmutableArray.CreateBuilder<MergedDuplicate>();

        // Which entities claim a surface key as an acronym or long form of theirs.
        var claims = new Dictionary<(EntityKind, string), HashSet<string>>();
        foreach (var entity in accumulated.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var form in entity.DefinitionForms())
            {
                var formSlot = (entity.Kind, EntityKey.From(form));
                if (formSlot == (entity.Kind, entity.Key))
                {
                    continue;
                }
                if (!claims.TryGetValue(formSlot, out var owners))
                {
                    claims[formSlot] = owners = new HashSet<string>(StringComparer.Ordinal);
                }
                owners.Add(entity.Key);
            }
        }
        for (var e = 0; e < accumulated.Entities.Count; e++)
        {
            var entity = accumulated.Entities[e];
            if (entity.Entry is not null || entity.LongForm is not null || !claims.TryGetValue((entity.Kind, entity.Key), out var owners) || owners.Count != 1)
            {
                continue;
            }
            if (!accumulated.EntityIndex.TryGetValue((entity.Kind, owners.First()), out var target) || canonical[target] != target
                || !curation.MayMerge(e, target, "acronym and long form"))
            {
                continue;
            }
            canonical[e] = target;
            accumulated.Entities[target].Absorb(entity);
            merges.Add(new MergedDuplicate(entity.Kind, entity.Key, accumulated.Entities[target].Key, "acronym and long form"));
        }
        return (canonical, merges.ToImmutable());
    }

    /// <summary>
    /// One key, one kind across papers: where papers disagree on what a key is ("test-time adaptation" a technique in
    /// most papers, a task in a few), the entities of the minority kinds join the kind the evidence favours, so the
    /// graph has one node rather than two that never meet. The evidence is a curated lexicon entry when exactly one
    /// kind has one, else the number of papers (a strict majority: a tie stays apart). Names kept apart as homonyms,
    /// a paper's own proposed method, and entities whose long forms differ are left alone: they may be different things.
    /// </summary>
    public static List<MergedDuplicate> ResolveKindsAcrossPapers(PaperAccumulator accumulated, int[] canonical, EntityCuration curation)
    {
        var merges = new List<MergedDuplicate>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < accumulated.Entities.Count; e++)
        {
            var entity = accumulated.Entities[e];
            if (canonical[e] != e || entity.BaseKey is not null || accumulated.Senses.ContainsKey((entity.Kind, entity.Key)))
            {
                continue;
            }
            if (!byKey.TryGetValue(entity.Key, out var kinds))
            {
                byKey[entity.Key] = kinds = new List<int>(1);
            }
            kinds.Add(e);
        }
        foreach (var (key, group) in byKey)
        {
            if (group.Count < 2)
            {
                continue;
            }
            var curated = group.Where(e => accumulated.Entities[e].Entry is { IsTaxonomyOnly: false }).ToList();
            int winner;
            if (curated.Count == 1)
            {
                winner = curated[0];
            }
            else if (curated.Count == 0)
            {
                var ranked = group.OrderByDescending(e => accumulated.Entities[e].PaperCount).ThenBy(e => e).ToList();
                if (accumulated.Entities[ranked[0]].PaperCount == accumulated.Entities[ranked[1]].PaperCount)
                {
                    continue;
                }
                winner = ranked[0];
            }
            else
            {
                continue;
            }
            var target = accumulated.Entities[winner];
            foreach (var e in group)
            {
                var entity = accumulated.Entities[e];
                if (e == winner || entity.Entry is { IsTaxonomyOnly: false } || entity.ProposerPaper >= 0
                    || (entity.LongForm is { } longForm && target.LongForm is { } targetLongForm && EntityKey.From(longForm) != EntityKey.From(targetLongForm))
                    || !curation.MayMerge(e, winner, "one kind across papers"))
                {
                    continue;
                }
                canonical[e] = winner;
                target.Absorb(entity);
                merges.Add(new MergedDuplicate(entity.Kind, key, key,
                    $"one kind across papers: {target.Kind.ToName()} in {target.PaperCount} papers{(curated.Count == 1 ? " and the lexicon" : "")}, {entity.Kind.ToName()} in {entity.PaperCount}"));
            }
        }
        return merges;
    }
}
