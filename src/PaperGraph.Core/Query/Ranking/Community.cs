using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Ranking;

/// <summary>
/// A cluster of ideas: its members, most central first (weight of their links inside the community), a name made of
/// the first few, and how many papers mention any member.
/// </summary>
public sealed record Community(int Number, string Name, ImmutableArray<GraphNode> Members, int PaperCount);
