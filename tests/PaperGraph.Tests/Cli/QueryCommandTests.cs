using System.Text.Json;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Paths;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>The query verbs on the hand-made two-topic corpus (known answers) and on the seed graph.</summary>
public sealed class QueryCommandTests
{
    private static readonly Lazy<string> SeedGraphFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "papergraph-tests", $"seeds-{Guid.NewGuid():N}.pgz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        GraphFile.Save(SeedCorpus.Graph, path);
        return path;
    });

    private static (int Exit, string Out, string Error) OnTwoTopics(params string[] args) => CommandLine.Run([.. args, "--input", Repository.TwoTopics]);

    private static (int Exit, string Out, string Error) OnSeeds(params string[] args) => CommandLine.Run([.. args, "--graph", SeedGraphFile.Value]);

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Theory]
    [InlineData("path", "LoRA", "mixup", "--k", "0")]
    [InlineData("path", "LoRA", "mixup", "--k", "-1")]
    [InlineData("path", "LoRA", "mixup", "--max-hops", "0")]
    [InlineData("path", "LoRA", "mixup", "--max-hops", "65")]
    [InlineData("neighbors", "LoRA", "--depth", "0")]
    [InlineData("related", "LoRA", "--top", "0")]
    [InlineData("central", "--top", "-5")]
    [InlineData("export", "--format", "json", "-o", "-", "--around", "LoRA", "--depth", "0")]
    [InlineData("export", "--format", "json", "-o", "-", "--top", "0")]
    public void An_impossible_count_or_depth_is_a_usage_error_that_says_what_is_allowed(params string[] args)
    {
        var (exit, output, error) = OnTwoTopics(args);
        Assert.Equal(2, exit);
        Assert.Contains($"{args[^2]} must be", error);
        Assert.DoesNotContain("{", output);
    }

    [Fact]
    public void Path_lists_k_connections_best_first_each_with_its_papers_once()
    {
        var (exit, output, error) = OnSeeds("path", "LoRA", "model merging", "--k", "2", "--json");
        Assert.True(exit == 0, error);
        var paths = Json(output).GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal(2, paths.Count);
        Assert.True(paths[0].GetProperty("cost").GetDouble() <= paths[1].GetProperty("cost").GetDouble());
        foreach (var path in paths)
        {
            var papers = path.GetProperty("papers").EnumerateArray().Select(paper => paper.GetProperty("name").GetString()).ToList();
            Assert.Equal(papers.Distinct(), papers);
        }
    }

    [Fact]
    public void Path_says_so_when_fewer_connections_than_asked_differ_in_their_bridges()
    {
        // In the two-topics corpus every connection from adapters to CutMix goes through LoRA and mixup (one joining paper).
        var (exit, output, error) = OnTwoTopics("path", "adapters", "CutMix", "--via", "concepts", "--k", "3");
        Assert.True(exit == 0, error);
        Assert.StartsWith("adapters (technique) → CutMix (technique): 3 hops", output);
        Assert.Contains("(only 1 connection within the hop limit: every other one passes through mostly the same papers and entities)", output);
    }

    [Fact]
    public void Path_by_default_still_prints_the_best_connection_first_with_hops_and_papers()
    {
        var (exit, output, _) = OnTwoTopics("path", "LoRA", "prompt tuning");
        Assert.Equal(0, exit);
        Assert.StartsWith("LoRA (technique) → prompt tuning (technique): ", output);
        // The paper that mentions both in one sentence beats the taxonomy (LoRA and prompt tuning are both PEFT).
        Assert.Contains("connection 1: 2 hops\n    LoRA (technique) <-[USES]- paper \"Tuning Two\"", output.ReplaceLineEndings("\n"));
        Assert.Contains("\"We study LoRA and prompt tuning on GLUE.\"", output);
        Assert.Contains("-[IS_A]->", output);
        Assert.Contains("papers:", output);
    }

    [Fact]
    public void Path_from_an_entity_to_itself_is_zero_hops()
    {
        var (exit, output, _) = OnTwoTopics("path", "LoRA", "lora");
        Assert.Equal(0, exit);
        Assert.StartsWith("LoRA (technique) → LoRA (technique): 0 hops", output);
    }

    [Fact]
    public void Path_with_an_unknown_kind_is_a_usage_error()
    {
        var (exit, _, error) = OnTwoTopics("path", "LoRA", "mixup", "--kinds", "gadget");
        Assert.Equal(2, exit);
        Assert.Contains("Unknown kind 'gadget'", error);
    }

    [Fact]
    public void Neighbors_lists_by_depth_and_kind()
    {
        var (exit, output, _) = OnTwoTopics("neighbors", "adapters", "--json");
        Assert.Equal(0, exit);
        var neighbors = Json(output).GetProperty("neighbors").EnumerateArray().ToList();
        Assert.Equal(1, neighbors.Single(neighbor => neighbor.GetProperty("key").GetString() == "lora").GetProperty("depth").GetInt32());
        Assert.Equal(2, neighbors.Single(neighbor => neighbor.GetProperty("key").GetString() == "mixup").GetProperty("depth").GetInt32());
        var (_, datasets, _) = OnTwoTopics("neighbors", "adapters", "--kind", "dataset", "--depth", "1");
        Assert.Contains("GLUE (dataset)", datasets);
        Assert.DoesNotContain("(technique)  [", datasets);
    }

    [Fact]
    public void Related_gives_scores_and_shared_papers()
    {
        var (exit, output, _) = OnTwoTopics("related", "CutMix", "--json", "--top", "3");
        Assert.Equal(0, exit);
        var related = Json(output).GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(3, related.Count);
        var cifar = related.Single(item => item.GetProperty("key").GetString() == "cifar 10");
        Assert.Equal(2, cifar.GetProperty("shared_papers").GetInt32());
        // CutMix in 2 of 8 papers, CIFAR-10 in 3, both in 2: PMI = log2(2·8 / (2·3)).
        Assert.Equal(Math.Round(Math.Log2(16.0 / 6), 4), cifar.GetProperty("pmi").GetDouble());
        Assert.Equal(2, cifar.GetProperty("papers").GetArrayLength());
    }

    [Fact]
    public void Bridges_lists_the_papers_with_both_and_the_entities_that_go_with_both()
    {
        var (exit, output, _) = OnTwoTopics("bridges", "LoRA", "prompt tuning");
        Assert.Equal(0, exit);
        Assert.Contains("papers mentioning both: 2", output);
        Assert.Contains("[tuning-two-", output);
        Assert.Contains("  GLUE (dataset)  (3 papers with LoRA, 3 with prompt tuning)", output);
    }

    [Fact]
    public void Communities_finds_the_two_topics_named_by_their_central_members()
    {
        var (exit, output, _) = OnTwoTopics("communities", "--min-size", "2", "--json");
        Assert.Equal(0, exit);
        var communities = Json(output).GetProperty("communities").EnumerateArray().ToList();
        Assert.Equal(2, communities.Count);
        Assert.Equal(
            ["adapter", "glue", "lora", "prompt tuning", "zorbnet"],
            communities[0].GetProperty("members").EnumerateArray().Select(member => member.GetProperty("key").GetString()).Order());
        Assert.Equal("CIFAR-10 · mixup · CutMix", communities[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Central_ranks_one_kind_by_the_chosen_measure()
    {
        var (exit, output, _) = OnSeeds("central", "--kind", "technique", "--top", "5", "--json");
        Assert.Equal(0, exit);
        var entities = Json(output).GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(5, entities.Count);
        Assert.All(entities, entity => Assert.Equal("technique", entity.GetProperty("kind").GetString()));
        var (betweennessExit, text, _) = OnTwoTopics("central", "--by", "betweenness", "--top", "2");
        Assert.Equal(0, betweennessExit);
        Assert.Contains("Most central by betweenness", text);
        Assert.Contains("LoRA (technique", text);
        Assert.Contains("mixup (technique", text);
    }

    [Fact]
    public void Timeline_lists_dates_in_order_with_their_papers()
    {
        var (exit, output, _) = OnTwoTopics("timeline", "LoRA");
        Assert.Equal(0, exit);
        Assert.StartsWith("LoRA (technique): 4 papers on 3 dates", output);
        var january = output.IndexOf("2025-01-10", StringComparison.Ordinal);
        var april = output.IndexOf("2025-04-01  (2 papers)", StringComparison.Ordinal);
        Assert.True(january > 0 && april > january, output);
    }

    [Fact]
    public void Timeline_reads_seed_page_dates()
    {
        var (exit, output, _) = OnSeeds("timeline", "mixup", "--json");
        Assert.Equal(0, exit);
        var dates = Json(output).GetProperty("dates").EnumerateArray().Select(date => date.GetProperty("date").GetString()).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.Matches(@"^[A-Z][a-z]{2} \d{1,2}$", date));
    }

    [Fact]
    public void Show_profiles_a_proposed_method_with_its_named_parts()
    {
        var (exit, output, _) = OnSeeds("show", "CATNet");
        Assert.Equal(0, exit);
        Assert.StartsWith("CATNet (method)", output);
        Assert.Contains("long form:  context aggregation network", output);
        Assert.Contains("<-[PART_OF]- DenseFPN (method)", output);
        Assert.Contains("PROPOSES", output);
    }

    [Theory]
    [InlineData("neighbors", "mixpu")]
    [InlineData("related", "mixpu")]
    [InlineData("bridges", "mixpu", "LoRA")]
    [InlineData("timeline", "mixpu")]
    [InlineData("show", "mixpu")]
    public void Every_verb_answers_an_unknown_name_with_did_you_mean_and_exit_2(params string[] args)
    {
        var (exit, _, error) = OnTwoTopics(args);
        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'mixup'", error);
    }

    [Fact]
    public void Show_json_matches_its_snapshot()
    {
        var (exit, output, error) = OnTwoTopics("show", "LoRA", "--json");
        Assert.True(exit == 0, error);
        Snapshot.Matches("Cli/Snapshots/show-lora.json", output);
    }

    [Fact]
    public void Path_json_matches_its_snapshot()
    {
        var (exit, output, error) = OnTwoTopics("path", "adapters", "CutMix", "--via", "concepts", "--k", "2", "--json");
        Assert.True(exit == 0, error);
        Snapshot.Matches("Cli/Snapshots/path-adapters-cutmix.json", output);
    }

    [Fact]
    public void Bench_paths_out_writes_the_connections_path_k_3_finds_for_each_timed_pair()
    {
        var file = Path.Combine(Path.GetTempPath(), "papergraph-tests", $"paths-{Guid.NewGuid():N}.json");
        var (exit, _, error) = OnSeeds("bench", "--queries", "12", "--k-queries", "12", "--paths-out", file);
        Assert.True(exit == 0, error);
        var graph = SeedCorpus.Graph;
        var entries = JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray().ToList();
        Assert.Equal(12, entries.Count);
        GraphNode Node(JsonElement id)
        {
            var text = id.GetString()!;
            var colon = text.IndexOf(':');
            Assert.True(EntityKindNames.TryParse(text[..colon], out var kind), text);
            Assert.True(graph.TryGetNode(kind, text[(colon + 1)..], out var node), text);
            return node;
        }
        var connected = 0;
        foreach (var entry in entries)
        {
            var expected = PathFinder.BestPaths(graph, Node(entry.GetProperty("from")), Node(entry.GetProperty("to")), new PathSearch())
                .Select(path => path.Hops.Select(hop => hop.Edge.Index).ToArray()).ToArray();
            var written = entry.GetProperty("paths").EnumerateArray().Select(path => path.EnumerateArray().Select(edge => edge.GetInt32()).ToArray()).ToArray();
            Assert.Equal(expected, written);
            connected += written.Length > 0 ? 1 : 0;
        }
        Assert.True(connected > 0, "no timed pair of the seed graph was connected");
    }
}
