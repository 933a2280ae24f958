using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>One colour per node kind, shared by the DOT and HTML exports (and the Neo4j Browser style sheet's spirit).</summary>
internal static class KindColors
{
    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Paper => "#bab0ac",
        NodeKind.Method => "#4e79a7",
        NodeKind.Dataset => "#59a14f",
        NodeKind.Task => "#f28e2b",
        NodeKind.Technique => "#e15759",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
