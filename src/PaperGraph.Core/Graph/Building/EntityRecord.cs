using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>One entity across papers while a graph is built: its names and aliases, long form, paper count and, for a method, which paper proposed it.</summary>
internal sealed class EntityRecord(EntityKind kind, string key, LexiconEntry? entry)
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly List<string> _aliases = [];

    public EntityKind Kind { get; } = kind;
    public string Key { get; } = key;
    public LexiconEntry? Entry { get; } = entry;
    public string? LongForm { get; private set; }
    /// <summary>Where the entity sits in the lexicon taxonomy: its own entry, or a taxonomy-only entry of its kind and key.</summary>
    public LexiconEntry? Taxonomy { get; init; }

    public string? ParentName => Taxonomy?.Parent;

    /// <summary>The paper (index) that proposed this sense of the name, -1 when none has yet.</summary>
    public int ProposerPaper { get; private set; } = -1;

    /// <summary>The key of the long form the proposing paper gave, if any.</summary>
    public string? ProposalLongForm { get; private set; }

    /// <summary>For a sense split off a name: the bare key it shares with the others.</summary>
    public string? BaseKey { get; init; }

    private string? _qualifier;
    private bool _qualified;

    public void ClaimProposal(int paper, BoundEntity entity, string qualifier)
    {
        ProposerPaper = paper;
        ProposalLongForm = entity.LongForm is null ? null : EntityKey.From(entity.LongForm);
        _qualifier = qualifier;
    }

    /// <summary>From now on the display name says which paper this sense is from: "Hydra (2024, LoRA)".</summary>
    public void Qualify() => _qualified = _qualifier is not null;

    public string? QualifierText => _qualifier;

    public string BareName => Entry?.Name ?? _names.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).FirstOrDefault() ?? Key;

    public string DisplayName => CuratedName ?? (_qualified ? $"{BareName} ({_qualifier})" : BareName);

    /// <summary>The display name a curation file's rename gave; the names before it stay aliases.</summary>
    public string? CuratedName { get; private set; }

    /// <summary>The kind a curation file's kind decision gave, if any: the node is of <see cref="FinalKind"/>, the mentions stay of <see cref="Kind"/>.</summary>
    public EntityKind? CuratedKind { get; set; }

    public EntityKind FinalKind => CuratedKind ?? Kind;

    /// <summary>The entity a curation file's parent decision put this one under, in place of any lexicon parent.</summary>
    public int? CuratedParent { get; set; }

    /// <summary>A curation file dropped the entity: it, its edges and its evidence leave the graph.</summary>
    public bool Dropped { get; set; }

    public void Rename(string name)
    {
        AddAlias(DisplayName);
        CuratedName = name;
    }

    /// <summary>Every form the entity goes by, as a name typed by a user may give it.</summary>
    public IEnumerable<string> Forms()
    {
        yield return Key;
        yield return DisplayName;
        foreach (var alias in _aliases)
        {
            yield return alias;
        }
        if (LongForm is not null)
        {
            yield return LongForm;
        }
    }

    /// <summary>How many papers name the entity (one bound entity a paper).</summary>
    public int PaperCount { get; private set; }

    public void Add(BoundEntity entity)
    {
        PaperCount++;
        _names[entity.Name] = _names.GetValueOrDefault(entity.Name) + 1;
        LongForm ??= entity.LongForm;
        foreach (var alias in entity.Aliases)
        {
            AddAlias(alias);
        }
        AddAlias(entity.Name);
        if (entity.LongForm is not null)
        {
            AddAlias(entity.LongForm);
        }
    }

    private void AddAlias(string alias)
    {
        if (!_aliases.Contains(alias))
        {
            _aliases.Add(alias);
        }
    }

    /// <summary>A curation merge: the other's names, and the name it was shown by, become aliases of this one.</summary>
    public void AbsorbCurated(EntityRecord other)
    {
        AddAlias(other.DisplayName);
        Absorb(other);
    }

    public void Absorb(EntityRecord other)
    {
        foreach (var name in other._names.Keys)
        {
            AddAlias(name);
        }
        foreach (var alias in other._aliases)
        {
            AddAlias(alias);
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
