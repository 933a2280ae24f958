using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Evaluation;

/// <summary>One annotated paper of the dev set, identified by its exact title, in the split it belongs to.</summary>
internal sealed record GoldPaper(string Title, string Split, ImmutableArray<GoldEntity> Entities)
{
    private static readonly ImmutableArray<EntityKind> AllKinds = EntityKinds.Extracted;

    /// <summary>
    /// The kinds whose lists the annotator filled in. A kind left out of the file (absent or null) is unknown for this
    /// paper, not empty: corpora annotated in other schemes (tasks and datasets only, say) train and score on what
    /// they annotate.
    /// </summary>
    public ImmutableArray<EntityKind> AnnotatedKinds { get; init; } = AllKinds;

    public bool Annotates(EntityKind kind) => AnnotatedKinds.Contains(kind);

    /// <summary>Whether every kind is annotated, so that a span the annotator left out is known to be no entity.</summary>
    public bool IsComplete => AnnotatedKinds.Length == AllKinds.Length;
}
