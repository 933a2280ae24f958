using PaperGraph.Diagnostics;

namespace PaperGraph.Pipeline;

/// <summary>A paper to take out of a graph by its id, and where the request came from (a line of a --remove-file), for the warning when the graph has no such paper.</summary>
public sealed record PaperRemoval(string Id, Location Where);
