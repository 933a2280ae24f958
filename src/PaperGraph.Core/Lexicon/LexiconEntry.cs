using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Model;

namespace PaperGraph.Lexicon;

/// <summary>One curated concept: canonical name, long form, acronyms, synonyms and a parent in the taxonomy.</summary>
/// <remarks>
/// The parent is the name of a broader entry of the same kind, or, for a method, of a technique family
/// ("ResNet" IS_A "convolutional neural networks"); <see cref="EntityLexicon.ParentOf"/> resolves it.
/// </remarks>
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

    /// <summary>
    /// A node of the taxonomy only (a Papers with Code collection such as "Image Model Blocks"): other entries name it as
    /// their parent, but it is never matched in text.
    /// </summary>
    public bool IsTaxonomyOnly { get; init; }

    public string Key { get; } = EntityKey.From(Name);

    /// <summary>Every form the entry is written in: name, long form, synonyms and acronyms.</summary>
    public IEnumerable<string> SurfaceForms =>
        new[] { Name }.Concat(LongForm is null ? [] : [LongForm]).Concat(Synonyms).Concat(Acronyms);

    /// <summary>This entry with another's extra forms and, where it has none, the other's parent; everything else stays.</summary>
    public LexiconEntry SupplementedBy(LexiconEntry other)
    {
        var forms = new HashSet<string>(SurfaceForms.Select(EntityKey.From), StringComparer.Ordinal);
        var synonyms = other.Synonyms.Concat(other.LongForm is null ? [] : [other.LongForm]).Prepend(other.Name)
            .Where(form => forms.Add(EntityKey.From(form)));
        var acronyms = other.Acronyms.Where(acronym => !Acronyms.Contains(acronym, StringComparer.Ordinal));
        return this with
        {
            Synonyms = [.. Synonyms, .. synonyms],
            Acronyms = [.. Acronyms, .. acronyms],
            Parent = Parent ?? other.Parent,
        };
    }
}
