using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Query.Paths;

/// <summary>How to look for connections: how many, how long, through what, and which entity kinds may stand between the ends.</summary>
/// <remarks>An empty <see cref="Kinds"/> lets every kind stand in between; the two ends are always allowed.</remarks>
public sealed record PathSearch(int K = 3, int MaxHops = 8, PathVia Via = PathVia.Papers)
{
    public ImmutableArray<EntityKind> Kinds { get; init; } = [];
}
