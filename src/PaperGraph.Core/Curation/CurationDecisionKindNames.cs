namespace PaperGraph.Curation;

/// <summary>The keys of a curation file ("merge", "keep-apart", …) and the past tense <c>show</c> says them in.</summary>
public static class CurationDecisionKindNames
{
    /// <summary>Every key, in the order docs/curation.md lists them, for messages.</summary>
    public const string All = "merge, keep-apart, rename, kind, drop or parent";

    public static string ToKey(this CurationDecisionKind kind) => kind switch
    {
        CurationDecisionKind.Merge => "merge",
        CurationDecisionKind.KeepApart => "keep-apart",
        CurationDecisionKind.Rename => "rename",
        CurationDecisionKind.Kind => "kind",
        CurationDecisionKind.Drop => "drop",
        CurationDecisionKind.Parent => "parent",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"merged", "kept apart"…: <c>show</c> prints "merged by curation.yaml line 12".</summary>
    public static string ToPastTense(this CurationDecisionKind kind) => kind switch
    {
        CurationDecisionKind.Merge => "merged",
        CurationDecisionKind.KeepApart => "kept apart",
        CurationDecisionKind.Rename => "renamed",
        CurationDecisionKind.Kind => "retyped",
        CurationDecisionKind.Drop => "dropped",
        CurationDecisionKind.Parent => "given a parent",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? key, out CurationDecisionKind kind)
    {
        foreach (var candidate in Enum.GetValues<CurationDecisionKind>())
        {
            if (string.Equals(candidate.ToKey(), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
