using System.Text.Json;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

public sealed class EndToEndTests
{
    [Fact]
    public void Extract_writes_one_json_line_per_seed_paper_in_the_documented_shape()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out.jsonl");
        var (exit, _, error) = CommandLine.Run("extract", Repository.Seeds, "-o", output, "--quiet");
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(285, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        foreach (var field in new[] { "id", "title", "dates", "sources", "entities", "relations" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
        var entity = root.GetProperty("entities").EnumerateArray().First();
        foreach (var field in new[] { "kind", "name", "key", "aliases", "long_form", "mentions" })
        {
            Assert.True(entity.TryGetProperty(field, out _), field);
        }
        var mention = entity.GetProperty("mentions")[0];
        Assert.Equal(mention.GetProperty("end").GetInt32() - mention.GetProperty("start").GetInt32(), mention.GetProperty("text").GetString()!.Length);
        Assert.Contains(lines, line => line.Contains("\"role\":\"proposed\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("\"type\":\"PART_OF\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_then_path_answers_LoRA_to_model_merging_with_evidence()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("seeds.pgz");
        var (buildExit, buildOut, buildError) = CommandLine.Run("build", Repository.Seeds, "-o", graph, "--quiet");
        Assert.True(buildExit == 0, buildError);
        Assert.Contains("285 papers", buildOut);
        var (exit, output, _) = CommandLine.Run("path", "LoRA", "model merging", "--graph", graph);
        Assert.Equal(0, exit);
        Assert.StartsWith("LoRA (technique) → model merging (technique)", output);
        Assert.Contains("\"", output);
        Assert.Contains("papers:", output);
    }

    [Fact]
    public void Path_answers_mixup_to_TTA_from_inputs_built_on_the_fly_as_json()
    {
        var (exit, output, error) = CommandLine.Run("path", "mixup", "test-time adaptation", "--kind", "technique", "--input", Repository.Seeds, "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("found").GetBoolean());
        Assert.Equal("mixup", json.RootElement.GetProperty("from").GetProperty("key").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("hops").EnumerateArray());
    }

    [Fact]
    public void An_unknown_name_exits_2_with_did_you_mean()
    {
        var (exit, _, error) = CommandLine.Run("path", "mixpu", "LoRA", "--input", Repository.Seeds);
        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'mixup'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Bad_input_is_reported_with_file_and_line_exits_1_and_the_good_papers_are_still_written()
    {
        using var temp = new TempDirectory();
        var input = temp.File("mixed.jsonl", """{"title":"Good One","abstract":"We use LoRA."}""" + "\n{broken\n" + """{"title":"No Abstract"}""" + "\n");
        var output = temp.Combine("out.jsonl");
        var (exit, _, error) = CommandLine.Run("extract", input, "-o", output, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("mixed.jsonl(2): error PG1004", error);
        Assert.Contains("mixed.jsonl(3): error PG1005", error);
        Assert.Contains("2 errors", error);
        Assert.Single(File.ReadAllLines(output));
    }

    [Fact]
    public void A_missing_graph_file_is_a_clear_error_not_a_stack_trace()
    {
        var (exit, _, error) = CommandLine.Run("stats", "--graph", "/nonexistent/graph.pgz");
        Assert.NotEqual(0, exit);
        Assert.Contains("PG4001", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Stats_counts_kinds_and_pluralises_for_people()
    {
        var (exit, output, _) = CommandLine.Run("stats", "--input", Repository.Seeds, "--top", "3");
        Assert.Equal(0, exit);
        Assert.StartsWith("285 papers,", output);
        Assert.Contains("most connected:", output);
        Assert.Contains("merged duplicates:", output);
    }

    [Fact]
    public void Eval_reports_every_kind_for_both_splits_as_json()
    {
        var (exit, output, error) = CommandLine.Run("eval", "--gold", Repository.DevGold, Repository.Seeds, "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var splits = json.RootElement.GetProperty("splits");
        foreach (var split in new[] { "tune", "test", "all" })
        {
            foreach (var kind in new[] { "method", "dataset", "technique", "task", "proposed method" })
            {
                var f1 = splits.GetProperty(split).GetProperty(kind).GetProperty("f1").GetDouble();
                Assert.InRange(f1, 0.3, 1.0);
            }
        }
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        var (exit, _, _) = CommandLine.Run("path", "only-one-argument");
        Assert.Equal(2, exit);
    }
}
