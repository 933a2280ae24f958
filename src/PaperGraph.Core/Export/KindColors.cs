using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export;

/// <summary>One colour per node kind, shared by the DOT and HTML exports (and the Neo4j Browser style sheet's spirit).</summary>
internal static class KindColors
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Paper => "#bab0ac",
        EntityKind.Method => "#4e79a7",
        EntityKind.Dataset => "#59a14f",
        EntityKind.Task => "#f28e2b",
        EntityKind.Technique => "#e15759",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
