using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query;

/// <summary>A paper that mentions an entity and how (PROPOSES, USES, ...).</summary>
public sealed record MentioningPaper(GraphNode Paper, RelationType Relation);

/// <summary>One listing date and the papers listed on it that mention the entity.</summary>
public sealed record TimelineEntry(ListingDate Date, ImmutableArray<MentioningPaper> Papers);
