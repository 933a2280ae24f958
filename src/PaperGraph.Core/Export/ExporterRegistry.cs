using System.Collections.Immutable;

namespace PaperGraph.Export;

/// <summary>The one place where export formats are registered.</summary>
internal static class ExporterRegistry
{
    public static ImmutableArray<GraphExporter> All { get; } =
    [
        new GraphMLExporter(),
        new JsonExporter(),
        new DotExporter(),
        new HtmlExporter(),
        new CypherScriptExporter(),
        new Neo4jCsvExporter(),
    ];

    public static GraphExporter? Find(string format) =>
        All.FirstOrDefault(exporter => string.Equals(exporter.Format, format, StringComparison.OrdinalIgnoreCase));
}
