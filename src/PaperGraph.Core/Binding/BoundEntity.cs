using System.Collections.Immutable;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Binding;

/// <summary>
/// An entity of one paper after binding: every surface form and mention merged under one canonical key.
/// </summary>
/// <remarks>
/// <c>Key</c> is the canonical key (<see cref="EntityKey"/>), the lexicon's key when the entity is a curated concept;
/// <c>Entry</c> is the lexicon entry it was bound to, or null for names found by patterns alone.
/// </remarks>
public sealed record BoundEntity(
    EntityKind Kind,
    string Name,
    string Key,
    ImmutableArray<string> Aliases,
    string? LongForm,
    MethodRole? Role,
    ImmutableArray<Mention> Mentions,
    LexiconEntry? Entry)
{
    public bool IsFromLexicon => Entry is not null;

    /// <summary>Name, long form, aliases and mention texts: every way this paper writes the entity.</summary>
    public IEnumerable<string> SurfaceForms =>
        new[] { Name }.Concat(LongForm is null ? [] : [LongForm]).Concat(Aliases).Concat(Mentions.Select(mention => mention.Text)).Distinct(StringComparer.Ordinal);
}
