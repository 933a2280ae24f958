using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Curation;

/// <summary>
/// One decision of a curation file, with the file and line it is on: the entities it names (one for drop, rename
/// and kind; two for merge, keep-apart and parent, the first being the one kept, renamed or given a parent) and, for
/// rename, the new name, for kind, the new kind.
/// </summary>
public sealed record CurationDecision(CurationDecisionKind Kind, ImmutableArray<EntityReference> Entities, string File, int Line)
{
    /// <summary>The new display name of a rename.</summary>
    public string? NewName { get; init; }

    /// <summary>The new kind of a kind decision.</summary>
    public EntityKind? NewKind { get; init; }

    /// <summary>Where the decision is, as <c>show</c> and <c>stats</c> say it: "curation.yaml line 12".</summary>
    public string Source => $"{Path.GetFileName(File)} line {Line}";

    public override string ToString() => $"{Kind.ToKey()}: [{string.Join(", ", Entities)}]";
}
