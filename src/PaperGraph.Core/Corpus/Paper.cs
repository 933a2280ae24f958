using System.Collections.Immutable;

namespace PaperGraph.Corpus;

/// <summary>One paper: its stable id, title, abstract and every listing it came from.</summary>
/// <remarks>
/// The same title on several seed pages is one paper; <see cref="Dates"/> and <see cref="Sources"/> keep every listing.
/// </remarks>
public sealed record Paper(
    string Id,
    string Title,
    string Abstract,
    ImmutableArray<string> Dates,
    ImmutableArray<PaperSource> Sources,
    ImmutableArray<string> Categories)
{
    /// <summary>Returns this paper with another listing's dates and sources added (order kept, no repeats).</summary>
    public Paper WithListing(Paper other) => this with
    {
        Dates = Dates.Concat(other.Dates).Distinct(StringComparer.Ordinal).ToImmutableArray(),
        Sources = Sources.Concat(other.Sources).Distinct().ToImmutableArray(),
    };
}
