using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Evaluation;

/// <summary>One hand-annotated entity (docs/annotation.md).</summary>
internal sealed record GoldEntity(EntityKind Kind, string Name, ImmutableArray<string> Aliases, string? LongForm, MethodRole? Role)
{
    public IEnumerable<string> SurfaceForms => new[] { Name }.Concat(Aliases).Concat(LongForm is null ? [] : [LongForm]);
}
