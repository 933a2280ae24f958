using System.Collections.Immutable;

namespace PaperGraph.Query;

/// <summary>One listing date and the papers listed on it that mention the entity.</summary>
public sealed record TimelineEntry(ListingDate Date, ImmutableArray<MentioningPaper> Papers);
