using System.Text;
using PaperGraph.Export;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

/// <summary>The small graph of awkward names in each format, as golden files under Export/Snapshots/.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("graphml")]
    [InlineData("json")]
    [InlineData("dot")]
    public void Awkward_names_export_as_in_the_snapshot(string format)
    {
        var exporter = ExporterRegistry.Find(format)!;
        Snapshot.Match(Path.Combine("Export", "Snapshots", "tricky" + exporter.DefaultExtension), Export(exporter));
    }

    [Fact]
    public void The_explorer_data_for_awkward_names_is_as_in_the_snapshot()
    {
        var html = Encoding.UTF8.GetString(Export(new HtmlExporter()));
        var start = html.IndexOf('>', html.IndexOf("id=\"pg-data\"", StringComparison.Ordinal)) + 1;
        var data = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Snapshot.Match(Path.Combine("Export", "Snapshots", "tricky.html-data.json"), Encoding.UTF8.GetBytes(data + "\n"));
    }

    private static byte[] Export(GraphExporter exporter)
    {
        using var memory = new MemoryStream();
        exporter.Write(SampleGraphs.Tricky(), memory);
        return memory.ToArray();
    }
}
