using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Model;

namespace PaperGraph.Lexicon;

/// <summary>One curated concept: canonical name, long form, acronyms, synonyms and (techniques) a parent.</summary>
public sealed record LexiconEntry(
    EntityKind Kind,
    string Name,
    string? LongForm,
    ImmutableArray<string> Acronyms,
    ImmutableArray<string> Synonyms,
    string? Parent,
    bool CaseSensitive,
    string Origin)
{
    public string Key { get; } = EntityKey.From(Name);

    /// <summary>Every form the entry is written in: name, long form, synonyms and acronyms.</summary>
    public IEnumerable<string> SurfaceForms =>
        new[] { Name }.Concat(LongForm is null ? [] : [LongForm]).Concat(Synonyms).Concat(Acronyms);
}
