namespace PaperGraph.Model;

/// <summary>The lower-case names used in JSON, graph files and the CLI ("paper", "method", "dataset", ...).</summary>
public static class EntityKindNames
{
    public static string ToName(this EntityKind kind) => kind switch
    {
        EntityKind.Paper => "paper",
        EntityKind.Method => "method",
        EntityKind.Dataset => "dataset",
        EntityKind.Technique => "technique",
        EntityKind.Task => "task",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The Neo4j label / display name ("Method").</summary>
    public static string ToLabel(this EntityKind kind) => kind.ToString();

    public static bool TryParse(string? text, out EntityKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "method" or "methods": kind = EntityKind.Method; return true;
            case "dataset" or "datasets": kind = EntityKind.Dataset; return true;
            case "technique" or "techniques": kind = EntityKind.Technique; return true;
            case "task" or "tasks": kind = EntityKind.Task; return true;
            default: kind = default; return false;
        }
    }
}
