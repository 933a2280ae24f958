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

    public LexiconMatch? Match(DocumentSection section, int tokenIndex) => _matcher.Match(section, tokenIndex);

    public bool TryGet(EntityKind kind, string key, out LexiconEntry entry) =>
        _byKindAndKey.TryGetValue(Slot(kind, key), out entry!);

    /// <summary>The parent chain of a technique, nearest first, stopping at cycles.</summary>
    public IEnumerable<LexiconEntry> Ancestors(LexiconEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry.Key };
        var current = entry;
        while (current.Parent is { } parent && TryGet(current.Kind, Binding.EntityKey.From(parent), out var next) && seen.Add(next.Key))
        {
            yield return next;
            current = next;
        }
    }

    private static string Slot(EntityKind kind, string key) => $"{(int)kind}|{key}";
}
