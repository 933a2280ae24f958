using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Resolution;

/// <summary>What a name typed by a user resolves to: one node, several (ambiguous), or none with suggestions.</summary>
public sealed record EntityResolution(GraphNode? Node, ImmutableArray<GraphNode> Ambiguous, ImmutableArray<GraphNode> Suggestions)
{
    public bool IsFound => Node is not null;
}
