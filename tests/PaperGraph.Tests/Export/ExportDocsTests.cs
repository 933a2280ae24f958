using PaperGraph.Export;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

public sealed class ExportDocsTests
{
    [Fact]
    public void Every_registered_format_is_documented_in_docs_exports()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "exports.md"));
        Assert.All(ExporterRegistry.All, exporter => Assert.Contains($"(`--format {exporter.Format}`)", docs));
    }

    [Fact]
    public void Format_names_are_unique_and_file_formats_have_an_extension()
    {
        Assert.Equal(ExporterRegistry.All.Length, ExporterRegistry.All.Select(exporter => exporter.Format.ToLowerInvariant()).Distinct().Count());
        Assert.All(ExporterRegistry.All.Where(exporter => !exporter.WritesDirectory), exporter => Assert.StartsWith(".", exporter.DefaultExtension));
    }
}
