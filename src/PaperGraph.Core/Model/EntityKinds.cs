using System.Collections.Immutable;

namespace PaperGraph.Model;

/// <summary>Sets of <see cref="EntityKind"/> that code iterates over.</summary>
public static class EntityKinds
{
    /// <summary>Every kind, papers first: the order of per-kind listings, exports and statistics.</summary>
    public static ImmutableArray<EntityKind> All { get; } = [.. Enum.GetValues<EntityKind>()];

    /// <summary>The four kinds recognizers extract and the gold sets annotate (everything but papers).</summary>
    public static ImmutableArray<EntityKind> Extracted { get; } = [EntityKind.Method, EntityKind.Dataset, EntityKind.Technique, EntityKind.Task];
}
