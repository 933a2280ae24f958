using PaperGraph.Model;

namespace PaperGraph.Learning;

/// <summary>
/// What a trained model says a span is: one of the four kinds, with methods split by role, or nothing.
/// </summary>
/// <remarks>Role is part of the label because "proposed" depends on the same context cues as the kind itself.</remarks>
internal enum EntityLabel
{
    None = 0,
    ProposedMethod = 1,
    UsedMethod = 2,
    Dataset = 3,
    Technique = 4,
    Task = 5,
}

/// <summary>Conversions between labels and the kinds and roles the rest of the pipeline speaks.</summary>
internal static class EntityLabels
{
    /// <summary>The labels that name an entity (all but <see cref="EntityLabel.None"/>).</summary>
    public const int EntityCount = 5;

    public static EntityLabel From(EntityKind kind, MethodRole? role) => kind switch
    {
        EntityKind.Method => role == MethodRole.Proposed ? EntityLabel.ProposedMethod : EntityLabel.UsedMethod,
        EntityKind.Dataset => EntityLabel.Dataset,
        EntityKind.Technique => EntityLabel.Technique,
        _ => EntityLabel.Task,
    };

    public static EntityKind Kind(this EntityLabel label) => label switch
    {
        EntityLabel.ProposedMethod or EntityLabel.UsedMethod => EntityKind.Method,
        EntityLabel.Dataset => EntityKind.Dataset,
        EntityLabel.Technique => EntityKind.Technique,
        EntityLabel.Task => EntityKind.Task,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "None has no kind."),
    };

    public static MethodRole Role(this EntityLabel label) => label == EntityLabel.ProposedMethod ? MethodRole.Proposed : MethodRole.Used;
}
