using System.Collections.Immutable;
using PaperGraph.Corpus;

namespace PaperGraph.Query.Profiles;

/// <summary>One listing date and the papers listed on it that mention the entity.</summary>
public sealed record TimelineEntry(ListingDate Date, ImmutableArray<MentioningPaper> Papers);
