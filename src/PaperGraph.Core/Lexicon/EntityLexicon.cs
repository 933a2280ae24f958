using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Lexicon;

/// <summary>The curated vocabulary of all four kinds, with a phrase matcher over it. Immutable once built.</summary>
public sealed class EntityLexicon
{
    private readonly PhraseMatcher _matcher = new();
    private readonly Dictionary<string, LexiconEntry> _byKindAndKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>> _byAcronym = new(StringComparer.Ordinal);

    public EntityLexicon(IEnumerable<LexiconEntry> entries)
    {
        var all = ImmutableArray.CreateBuilder<LexiconEntry>();
        foreach (var entry in entries)
        {
            // A later entry with the same kind and key (a user's lexicon) replaces the built-in one.
            _byKindAndKey[Slot(entry.Kind, entry.Key)] = entry;
        }
        foreach (var entry in _byKindAndKey.Values)
        {
            all.Add(entry);
            if (entry.IsTaxonomyOnly)
            {
                continue;
            }
            _matcher.Add(entry.Name, entry, entry.CaseSensitive, isAcronym: false);
            if (entry.LongForm is { } longForm)
            {
                _matcher.Add(longForm, entry, entry.CaseSensitive, isAcronym: false);
            }
            foreach (var synonym in entry.Synonyms)
            {
                _matcher.Add(synonym, entry, entry.CaseSensitive, isAcronym: false);
            }
            foreach (var acronym in entry.Acronyms)
            {
                _matcher.Add(acronym, entry, caseSensitive: true, isAcronym: true);
                if (!_byAcronym.TryGetValue(acronym, out var list))
                {
                    _byAcronym[acronym] = list = [];
                }
                list.Add(entry);
            }
        }
        Entries = all.ToImmutable();
    }

    public static EntityLexicon Empty { get; } = new([]);

    public ImmutableArray<LexiconEntry> Entries { get; }

    public IEnumerable<LexiconEntry> OfKind(EntityKind kind) => Entries.Where(entry => entry.Kind == kind);

    internal LexiconMatch? Match(DocumentSection section, int tokenIndex) => _matcher.Match(section, tokenIndex);

    public bool TryGet(EntityKind kind, string key, out LexiconEntry entry) =>
        _byKindAndKey.TryGetValue(Slot(kind, key), out entry!);

    /// <summary>
    /// The entry an entry's <c>parent</c> names: an entry of the same kind, or else a technique (a method's family), so
    /// "weakly supervised semantic segmentation" is under the task "semantic segmentation" and "ResNet" under a technique.
    /// </summary>
    public LexiconEntry? ParentOf(LexiconEntry entry)
    {
        if (entry.Parent is not { } parent)
        {
            return null;
        }
        var key = Binding.EntityKey.From(parent);
        if (TryGet(entry.Kind, key, out var sameKind))
        {
            return sameKind;
        }
        return entry.Kind != EntityKind.Technique && TryGet(EntityKind.Technique, key, out var family) ? family : null;
    }

    /// <summary>The parent chain of an entry, nearest first, stopping at cycles.</summary>
    public IEnumerable<LexiconEntry> Ancestors(LexiconEntry entry)
    {
        var seen = new HashSet<(EntityKind, string)> { (entry.Kind, entry.Key) };
        var current = entry;
        while (ParentOf(current) is { } next && seen.Add((next.Kind, next.Key)))
        {
            yield return next;
            current = next;
        }
    }

    private static string Slot(EntityKind kind, string key) => $"{(int)kind}|{key}";
}
