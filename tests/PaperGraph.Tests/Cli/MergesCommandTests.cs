using System.Text.Json;
using PaperGraph.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace PaperGraph.Tests.Cli;

/// <summary><c>papergraph merges</c> on the seed graph: the listing, its numbers, and the decisions it appends.</summary>
public sealed class MergesCommandTests
{
    // Built as a user builds it (with the shipped model), so the builder has merged an acronym and its long form.
    private static readonly Lazy<string> SeedGraphFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "papergraph-tests", $"merges-seeds-{Guid.NewGuid():N}.pgz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (exit, _, error) = CommandLine.Run("build", Repository.Seeds, "-o", path, "--quiet");
        Assert.True(exit == 0, error);
        return path;
    });

    private static (int Exit, string Out, string Error) Merges(params string[] args) =>
        CommandLine.Run(["merges", "--graph", SeedGraphFile.Value, "--no-embeddings", .. args]);

    private static JsonElement[] Candidates(string output) => [.. JsonDocument.Parse(output).RootElement.GetProperty("candidates").EnumerateArray()];

    private static JsonElement Find(JsonElement[] candidates, string left, string right) =>
        candidates.Single(candidate => candidate.GetProperty("left").GetProperty("name").GetString() == left && candidate.GetProperty("right").GetProperty("name").GetString() == right);

    [Fact]
    public void The_seed_graph_lists_the_builders_merges_first_then_candidates_with_papers_on_both_sides()
    {
        var (exit, output, error) = Merges("--json");
        Assert.True(exit == 0, error);
        var candidates = Candidates(output);
        var vit = Find(candidates, "ViT", "Vision Transformer");
        Assert.True(vit.GetProperty("made").GetBoolean());
        Assert.Equal(1, vit.GetProperty("number").GetInt32());
        var domainNet = Find(candidates, "Domain-Net", "DomainNet");
        Assert.False(domainNet.GetProperty("made").GetBoolean());
        Assert.Contains("spelling variants", domainNet.GetProperty("reason").GetString());
        Assert.InRange(domainNet.GetProperty("score").GetDouble(), 0.0, 1.0);
        foreach (var side in new[] { "left", "right" })
        {
            var papers = domainNet.GetProperty(side).GetProperty("papers").EnumerateArray().ToList();
            Assert.NotEmpty(papers);
            Assert.All(papers, paper => Assert.False(string.IsNullOrEmpty(paper.GetProperty("title").GetString())));
            Assert.Equal("dataset", domainNet.GetProperty(side).GetProperty("kind").GetString());
        }
        // Acronym and long form across papers, and the homonyms kept apart.
        Assert.Contains(candidates, candidate => candidate.GetProperty("reason").GetString()!.StartsWith("acronym and long form", StringComparison.Ordinal));
        Assert.Contains(candidates, candidate => candidate.GetProperty("reason").GetString()!.StartsWith("same name proposed by different papers", StringComparison.Ordinal));
        Assert.False(JsonDocument.Parse(output).RootElement.GetProperty("embeddings").GetBoolean());
        // Unrelated names are never paired.
        Assert.DoesNotContain(candidates, candidate => candidate.GetProperty("left").GetProperty("name").GetString() == "CIFAR-10" && candidate.GetProperty("right").GetProperty("name").GetString() == "CIFAR-100");
    }

    [Fact]
    public void Numbers_are_the_same_on_every_run_and_in_filtered_listings()
    {
        var first = Candidates(Merges("--json").Out);
        var second = Candidates(Merges("--json").Out);
        Assert.Equal(first.Select(candidate => candidate.GetRawText()), second.Select(candidate => candidate.GetRawText()));
        Assert.Equal(Enumerable.Range(1, first.Length), first.Select(candidate => candidate.GetProperty("number").GetInt32()));
        var datasets = Candidates(Merges("--json", "--kind", "dataset", "--min-score", "0.5", "--top", "3").Out);
        Assert.InRange(datasets.Length, 1, 3);
        foreach (var candidate in datasets)
        {
            var number = candidate.GetProperty("number").GetInt32();
            Assert.Equal(first[number - 1].GetRawText(), candidate.GetRawText());
            Assert.Equal("dataset", candidate.GetProperty("kind").GetString());
            Assert.True(candidate.GetProperty("score").GetDouble() >= 0.5);
        }
    }

    [Fact]
    public void The_text_listing_names_each_candidate_by_number_with_its_reason_and_papers()
    {
        var (exit, output, _) = Merges("--top", "2");
        Assert.Equal(0, exit);
        Assert.Contains("#1  [merged]  method: ViT  <->  Vision Transformer", output);
        Assert.Contains("#2  [score ", output);
        Assert.Contains("why: ", output);
        Assert.Contains("[hard-attention-gates-with-gradient-routing-for-e-83091e1d]", output);
    }

    [Fact]
    public void Accept_and_reject_append_one_line_each_that_reads_back_as_the_decisions()
    {
        using var directory = new TempDirectory();
        var curation = directory.File("curation.yaml", "# my decisions\n- drop: [our approach]");
        var candidates = Candidates(Merges("--json").Out);
        var domainNet = Find(candidates, "Domain-Net", "DomainNet").GetProperty("number").GetInt32();
        var (exit, output, error) = Merges("--curation", curation, "--accept", domainNet.ToString(), "--reject", "1");
        Assert.True(exit == 0, error);
        var text = File.ReadAllText(curation);
        Assert.StartsWith("# my decisions\n- drop: [our approach]\n", text);
        var added = text["# my decisions\n- drop: [our approach]\n".Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            $"- merge: [Domain-Net, DomainNet]   # accepted candidate {domainNet}: spelling variants (score 0.90)",
            "- keep-apart: [ViT, Vision Transformer]   # rejected candidate 1: merged by the builder (score 1.00)",
        ], added);
        Assert.Equal(string.Join('\n', added) + "\n", output);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var decisions = ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>()
            .Select(item => item.Children.Single())
            .Select(pair => (((YamlScalarNode)pair.Key).Value, string.Join("|", ((YamlSequenceNode)pair.Value).Children.Cast<YamlScalarNode>().Select(name => name.Value))))
            .ToList();
        Assert.Equal([("drop", "our approach"), ("merge", "Domain-Net|DomainNet"), ("keep-apart", "ViT|Vision Transformer")], decisions);
    }

    [Fact]
    public void A_missing_curation_file_is_created_with_a_header_and_names_yaml_would_misread_are_quoted()
    {
        using var directory = new TempDirectory();
        var curation = directory.Combine("new.yaml");
        var candidates = Candidates(Merges("--json").Out);
        var cub = candidates.First(candidate => candidate.GetProperty("right").GetProperty("name").GetString() == "CUB,").GetProperty("number").GetInt32();
        var (exit, _, error) = Merges("--curation", curation, "--reject", cub.ToString());
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(curation);
        Assert.StartsWith("# curation.yaml", lines[0]);
        Assert.StartsWith("- keep-apart: [CUB-200-2011, \"CUB,\"]   # rejected candidate", lines[1]);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join('\n', lines)));
        var pair = ((YamlMappingNode)((YamlSequenceNode)yaml.Documents[0].RootNode).Children[0]).Children.Single();
        Assert.Equal(["CUB-200-2011", "CUB,"], ((YamlSequenceNode)pair.Value).Children.Cast<YamlScalarNode>().Select(name => name.Value));
    }

    [Fact]
    public void The_curation_file_defaults_to_curation_yaml_beside_the_graph()
    {
        using var directory = new TempDirectory();
        var graph = directory.Combine("g.pgz");
        File.Copy(SeedGraphFile.Value, graph);
        var (exit, _, error) = CommandLine.Run("merges", "--graph", graph, "--no-embeddings", "--accept", "1");
        Assert.True(exit == 0, error);
        Assert.Contains("- merge: [ViT, Vision Transformer]", File.ReadAllText(directory.Combine("curation.yaml")));
    }

    [Fact]
    public void An_unknown_number_is_an_error_naming_it_and_nothing_is_appended()
    {
        using var directory = new TempDirectory();
        var curation = directory.File("curation.yaml", "- drop: [x]\n");
        var (exit, output, error) = Merges("--curation", curation, "--accept", "1", "--reject", "99999");
        Assert.Equal(2, exit);
        Assert.Contains("PG4020", error);
        Assert.Contains("99999", error);
        Assert.Equal("", output);
        Assert.Equal("- drop: [x]\n", File.ReadAllText(curation));
        Assert.Empty(directory.TemporaryFiles());

        var missing = directory.Combine("none.yaml");
        Assert.Equal(2, Merges("--curation", missing, "--reject", "0").Exit);
        Assert.False(File.Exists(missing));
    }

    [EmbeddingModelFact]
    public void With_embeddings_the_listing_says_so_and_keeps_the_other_candidates()
    {
        var (exit, output, error) = CommandLine.Run("merges", "--graph", SeedGraphFile.Value, "--json", "--quiet");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("embeddings").GetBoolean());
        var candidates = root.GetProperty("candidates").EnumerateArray().ToArray();
        Assert.Contains(candidates, candidate => candidate.GetProperty("reason").GetString()!.Contains("same meaning in other words", StringComparison.Ordinal));
        Find(candidates, "Domain-Net", "DomainNet");
    }
}
