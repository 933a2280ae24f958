using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Paths;
using PaperGraph.Tests.TestSupport;
using Xunit.Abstractions;

namespace PaperGraph.Tests.Export;

/// <summary>
/// The HTML explorer used in a real browser: Debian's headless Chromium driven by playwright-core
/// (tools/browser-test/explorer.mjs), as a person would use it.
/// </summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private static string Script => Path.Combine(Repository.Root, "tools", "browser-test", "explorer.mjs");

    [BrowserFact]
    public void The_seed_explorer_draws_nodes_finds_LoRA_by_search_and_lists_its_papers_when_clicked()
    {
        var graph = SeedCorpus.Graph;
        using var temp = new TempDirectory();
        var result = Explore(graph, temp, "LoRA", "model merging");

        Assert.Empty(result.GetProperty("outsideRequests").EnumerateArray());
        Assert.Empty(result.GetProperty("consoleErrors").EnumerateArray());
        Assert.Equal(graph.Nodes.Length, result.GetProperty("drawnNodes").GetInt32());
        // Not a blank page: a good part of the canvas is painted, in every kind's colour.
        Assert.True(result.GetProperty("paintedPixels").GetInt32() > result.GetProperty("canvasPixels").GetInt32() / 20);
        Assert.Equal(["paper", "method", "dataset", "technique", "task"], result.GetProperty("kindColoursSeen").EnumerateArray().Select(kind => kind.GetString()));

        var lora = graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == "lora");
        var papers = graph.IncidentEdges(lora).Select(edge => edge.Other(lora)).Where(node => node.IsPaper).Select(node => node.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal("LoRA", result.GetProperty("detailsName").GetString());
        Assert.Equal(papers, result.GetProperty("detailsPapers").EnumerateArray().Select(paper => paper.GetString()).Order(StringComparer.Ordinal));
        Assert.True(result.GetProperty("detailsEvidence").GetInt32() >= papers.Count);
        Assert.Contains("LoRA", result.GetProperty("detailsMarks").EnumerateArray().Select(mark => mark.GetString()));
        Assert.Equal(0, result.GetProperty("detailsAfterEmptyClick").GetInt32());
        Assert.Equal("LoRA", result.GetProperty("canvasClickName").GetString());
        // The explorer's path is as short as the one `papergraph path` finds.
        var modelMerging = graph.Nodes.Single(node => node.Kind == EntityKind.Technique && node.Key == "model merging");
        var best = PathFinder.BestPaths(graph, lora, modelMerging, new PathSearch(K: 3))[0];
        Assert.Equal(best.Hops.Length, result.GetProperty("pathHops").GetInt32());
        // And it is the same path: one definition of "best" (Query/PathCost.cs), whose edge costs the explorer is given.
        var pathText = result.GetProperty("pathText").GetString()!;
        Assert.All(best.Papers, paper => Assert.Contains(paper.Name, pathText));
        Assert.True(File.Exists(temp.Combine("explorer.png")));
    }

    [BrowserFact]
    public void An_explorer_of_5000_nodes_draws_them_all_and_answers_search_and_clicks()
    {
        var graph = SampleGraphs.Large();
        Assert.Equal(5000, graph.Nodes.Length);
        using var temp = new TempDirectory();
        var result = Explore(graph, temp, "Entity 0042", null);

        Assert.Empty(result.GetProperty("consoleErrors").EnumerateArray());
        Assert.Equal(5000, result.GetProperty("drawnNodes").GetInt32());
        Assert.Equal("Entity 0042", result.GetProperty("detailsName").GetString());
        Assert.NotEmpty(result.GetProperty("detailsPapers").EnumerateArray());
        Assert.Equal("Entity 0042", result.GetProperty("canvasClickName").GetString());
    }

    private JsonElement Explore(KnowledgeGraph graph, TempDirectory temp, string search, string? pathTo)
    {
        var modules = Path.Combine(Repository.Root, "tools", "browser-test", "node_modules", "playwright-core");
        Assert.True(Directory.Exists(modules), "playwright-core is not installed: run 'npm ci --prefix tools/browser-test' (.ci/run does)");
        var html = temp.Combine("graph.html");
        WriteHtml(graph, html);
        List<string> arguments = [Script, "--html", html, "--search", search, "--screenshot", temp.Combine("explorer.png"), "--chromium", ExternalTools.Chromium];
        if (pathTo is not null)
        {
            arguments.AddRange(["--path-to", pathTo]);
        }
        var (exit, stdout, error) = ExternalTools.Run("node", arguments);
        Assert.True(exit == 0, $"the browser script failed ({exit}):\n{error}\n{stdout}");
        output.WriteLine(stdout.Length > 2000 ? stdout[..2000] : stdout);
        using var document = JsonDocument.Parse(stdout);
        var result = document.RootElement.Clone();
        // Figures for the issue notes, not assertions: drawing time depends on the machine.
        output.WriteLine($"first draw {result.GetProperty("firstDrawMs").GetDouble():0.0} ms, last draw {result.GetProperty("lastDrawMs").GetDouble():0.0} ms, {new FileInfo(html).Length:N0} bytes");
        return result;
    }

    private static void WriteHtml(KnowledgeGraph graph, string path)
    {
        using var file = File.Create(path);
        new HtmlExporter().Write(graph, file);
    }
}
