using PaperGraph.Diagnostics;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests;

public sealed class DocsTests
{
    [Theory]
    [InlineData("path")]
    [InlineData("neighbors")]
    [InlineData("related")]
    [InlineData("bridges")]
    [InlineData("communities")]
    [InlineData("central")]
    [InlineData("timeline")]
    [InlineData("show")]
    [InlineData("papers")]
    [InlineData("merges")]
    public void Every_query_verb_is_in_the_README_and_its_json_shape_in_the_query_docs(string verb)
    {
        Assert.Contains($"| `papergraph {verb} ", File.ReadAllText(Path.Combine(Repository.Root, "README.md")));
        Assert.Contains($"## `papergraph {verb} ", File.ReadAllText(Path.Combine(Repository.Root, "docs", "queries.md")));
    }

    [Fact]
    public void The_README_install_commands_pack_and_install_the_tool_the_cli_project_makes()
    {
        // Issue 13, point 6: the exact commands for a fast `papergraph`, kept true to the project that packs it.
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "src", "PaperGraph.Cli", "PaperGraph.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("papergraph", Property("ToolCommandName"));
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains("dotnet pack src/PaperGraph.Cli -c Release -o nupkg", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet tool install --global {Property("PackageId")} --add-source ./nupkg", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet tool uninstall --global {Property("PackageId")}", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_ids_are_unique()
    {
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
    }

    [SharedFileFact("ANNOTATION.md")]
    public void The_annotation_guide_in_docs_starts_with_the_shared_one()
    {
        var local = Path.Combine(Repository.Root, "docs", "annotation.md");
        Assert.StartsWith(File.ReadAllText(Repository.Shared("ANNOTATION.md")).TrimEnd(), File.ReadAllText(local));
    }
}
