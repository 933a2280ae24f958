using PaperGraph.Graph;

namespace PaperGraph.Query.Profiles;

/// <summary>A paper that mentions an entity and how (PROPOSES, USES, ...).</summary>
public sealed record MentioningPaper(GraphNode Paper, RelationType Relation);
