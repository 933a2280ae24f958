using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// A node: a paper (title, dates, sources) or an entity (name, aliases, long form, paper counts).
/// </summary>
/// <remarks><see cref="Id"/> is the node's index in the graph; <see cref="Key"/> is stable across runs (paper id or canonical entity key).</remarks>
public sealed record GraphNode(
    int Id,
    EntityKind Kind,
    string Key,
    string Name,
    ImmutableArray<string> Aliases,
    string? LongForm,
    int PaperCount,
    int ProposedCount,
    ImmutableArray<string> Dates,
    ImmutableArray<string> Sources,
    string? Parent)
{
    public bool IsPaper => Kind == EntityKind.Paper;

    public override string ToString() => $"{Kind}:{Name}";
}
