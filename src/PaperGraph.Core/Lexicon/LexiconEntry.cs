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
    /// <summary>
    /// An umbrella term ("fine-tuning", "transformer") that abstracts mostly mention in passing: it counts only where the
    /// paper makes it central (in the title, or mentioned more than once).
    /// </summary>
    public bool IsGeneric { get; init; }

    public string Key { get; } = EntityKey.From(Name);

    /// <summary>Every form the entry is written in: name, long form, synonyms and acronyms.</summary>
    public IEnumerable<string> SurfaceForms =>
        new[] { Name }.Concat(LongForm is null ? [] : [LongForm]).Concat(Synonyms).Concat(Acronyms);
}
