using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export.Selection;

/// <summary>
/// What part of a graph to keep for an export: <c>--around X --depth N</c>, <c>--kinds</c>, <c>--min-papers N</c>,
/// <c>--top N</c>. The default keeps everything.
/// </summary>
/// <param name="Around">Keep only entities within <paramref name="Depth"/> entity hops of this entity.</param>
/// <param name="Depth">Hops from <paramref name="Around"/> (1 = its direct neighbours).</param>
/// <param name="Kinds">Node kinds to keep; empty keeps every kind. <see cref="EntityKind.Paper"/> keeps papers.</param>
/// <param name="MinPapers">Keep only entities found in at least this many papers.</param>
/// <param name="Top">Draw at most this many nodes, papers included: the most connected entities (after the other filters) and the papers linking to most of them.</param>
public sealed record SubgraphSelection(
    GraphNode? Around = null,
    int Depth = 1,
    ImmutableArray<EntityKind> Kinds = default,
    int MinPapers = 0,
    int? Top = null)
{
    public static SubgraphSelection Everything { get; } = new();

    /// <summary>
    /// True when some entity filter is set, so papers are kept only next to a kept entity; <c>--kinds paper</c> alone
    /// asks for the papers and keeps them all.
    /// </summary>
    public bool NarrowsEntities =>
        Around is not null || MinPapers > 0 || Top is not null ||
        (!Kinds.IsDefaultOrEmpty && Kinds.Any(kind => kind != EntityKind.Paper) && EntityKinds.All.Any(kind => !Keeps(kind)));

    /// <summary>True when nothing is filtered out.</summary>
    public bool KeepsEverything =>
        Around is null && MinPapers <= 0 && Top is null && EntityKinds.All.All(Keeps);

    public bool Keeps(EntityKind kind) => Kinds.IsDefaultOrEmpty || Kinds.Contains(kind);
}
