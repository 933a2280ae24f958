using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests;

/// <summary>
/// docs/library.md holds: its example compiles as a program of its own against PaperGraph.Core (so it uses only the
/// public API) and prints what the docs show, and <c>dotnet pack src/PaperGraph.Core</c> makes the package it
/// describes. Both build with the SDK, so they run one after the other (one class) and take a while.
/// </summary>
public sealed class LibraryDocsTests
{
    private static readonly string LibraryDoc = Path.Combine(Repository.Root, "docs", "library.md");
    private static readonly string CoreProject = Path.Combine(Repository.Root, "src", "PaperGraph.Core", "PaperGraph.Core.csproj");

    [Fact]
    public void The_library_example_builds_a_graph_from_json_lines_and_prints_the_path_the_docs_show()
    {
        var doc = File.ReadAllText(LibraryDoc).ReplaceLineEndings("\n");
        var code = Block(doc, "```csharp\n", 0);
        var expected = Block(doc, "```text\n", doc.IndexOf("```csharp\n", StringComparison.Ordinal));
        using var temp = new TempDirectory();
        temp.File("Program.cs", code);
        temp.File("Example.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{CoreProject}" />
              </ItemGroup>
            </Project>
            """);
        var output = Path.Combine(temp.Path, "out");
        var build = ExternalTools.Run("dotnet", ["build", temp.Path, "-o", output, "-nologo", "-v", "quiet"], workingDirectory: temp.Path);
        Assert.True(build.Exit == 0, build.Out + build.Error);

        var run = ExternalTools.Run("dotnet", [Path.Combine(output, "Example.dll"), Repository.TwoTopics, "LoRA", "CIFAR-10"], workingDirectory: temp.Path);
        Assert.True(run.Exit == 0, run.Out + run.Error);
        Assert.Equal(expected, run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Packing_the_core_project_makes_a_package_with_the_lexicons_and_the_model_inside()
    {
        using var temp = new TempDirectory();
        var pack = ExternalTools.Run("dotnet", ["pack", CoreProject, "-o", temp.Path, "-nologo", "-v", "quiet"]);
        Assert.True(pack.Exit == 0, pack.Out + pack.Error);
        var package = Assert.Single(Directory.GetFiles(temp.Path, "PaperGraph.Core.*.nupkg"));
        using var zip = ZipFile.OpenRead(package);
        var nuspec = new StreamReader(zip.GetEntry("PaperGraph.Core.nuspec")!.Open()).ReadToEnd();
        Assert.Contains("<id>PaperGraph.Core</id>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("id=\"QuikGraph\"", nuspec, StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("README.md"));

        using var assembly = new MemoryStream();
        zip.GetEntry("lib/net10.0/PaperGraph.Core.dll")!.Open().CopyTo(assembly);
        assembly.Position = 0;
        using var reader = new PEReader(assembly);
        var metadata = reader.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name)).ToList();
        Assert.Contains("PaperGraph.Learning.default.pgm", resources);
        Assert.Contains("PaperGraph.Lexicon.techniques.yaml", resources);
        Assert.Contains("PaperGraph.Lexicon.pwc-methods.yaml", resources);
    }

    /// <summary>The text of the first fenced block opened by <paramref name="fence"/> after <paramref name="from"/>.</summary>
    private static string Block(string doc, string fence, int from)
    {
        var start = doc.IndexOf(fence, from, StringComparison.Ordinal) + fence.Length;
        return doc[start..doc.IndexOf("```\n", start, StringComparison.Ordinal)];
    }
}
