using System.Text.Json;
using PaperGraph.Graph.Persistence;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>
/// <c>build --graph OLD [INPUTS…] [--remove ID…|--remove-file F]</c>: the graph it saves is the graph a full build over
/// the same papers saves, byte for byte (nodes, edges, evidence, CO_OCCURS and PMI, taxonomy, diagnostics and the
/// replay log itself), and bad requests lose nothing.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly string[] SeedPages = [.. Directory.GetFiles(Repository.Seeds).Order(StringComparer.Ordinal)];

    private static void Build(params string[] args)
    {
        var (exit, _, error) = CommandLine.Run(["build", .. args, "--quiet"]);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public void Adding_the_second_half_of_the_seeds_to_a_graph_of_the_first_half_equals_the_full_build()
    {
        using var temp = new TempDirectory();
        var (first, second) = (SeedPages[..2], SeedPages[2..]);
        Build([.. first, "-o", temp.Combine("half.pgz"), "--no-model"]);
        Build(["--graph", temp.Combine("half.pgz"), .. second, "-o", temp.Combine("updated.pgz"), "--no-model"]);
        Build([.. SeedPages, "-o", temp.Combine("full.pgz"), "--no-model"]);
        // The seed pages list some papers on several days, across the halves: those papers are one paper either way.
        Assert.Equal(File.ReadAllBytes(temp.Combine("full.pgz")), File.ReadAllBytes(temp.Combine("updated.pgz")));
    }

    [Fact]
    public void With_the_trained_model_an_update_in_two_steps_equals_the_full_build()
    {
        using var temp = new TempDirectory();
        Build(SeedPages[0], "-o", temp.Combine("graph.pgz"));
        Build("--graph", temp.Combine("graph.pgz"), SeedPages[1]);
        Build("--graph", temp.Combine("graph.pgz"), SeedPages[2], SeedPages[3]);
        Build([.. SeedPages, "-o", temp.Combine("full.pgz")]);
        Assert.Equal(File.ReadAllBytes(temp.Combine("full.pgz")), File.ReadAllBytes(temp.Combine("graph.pgz")));
    }

    [Fact]
    public void Removing_papers_equals_a_full_build_without_them()
    {
        using var temp = new TempDirectory();
        var corpus = temp.Combine("corpus.jsonl");
        Assert.Equal(0, CommandLine.Run("synth", "--papers", "300", "--seed", "3", "--from", Repository.Seeds, "-o", corpus).Exit);
        var lines = File.ReadAllLines(corpus);
        var ids = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToArray();
        var removed = ids.Where((_, i) => i % 7 == 3).ToHashSet();
        File.WriteAllLines(temp.Combine("remove.txt"), ["# papers withdrawn", .. removed.Skip(1)]);
        Build(corpus, "-o", temp.Combine("all.pgz"), "--no-model");
        Build("--graph", temp.Combine("all.pgz"), "--remove", removed.First(), "--remove-file", temp.Combine("remove.txt"), "-o", temp.Combine("less.pgz"), "--no-model");

        // The full build reads the same file with the removed papers' lines blank, so every other paper keeps its source line.
        File.WriteAllLines(corpus, lines.Select((line, i) => removed.Contains(ids[i]) ? "" : line));
        Build(corpus, "-o", temp.Combine("expected.pgz"), "--no-model");
        var (less, _) = GraphFile.TryLoad(temp.Combine("less.pgz"));
        Assert.Equal(300 - removed.Count, less!.Papers.Count());
        Assert.Equal(File.ReadAllBytes(temp.Combine("expected.pgz")), File.ReadAllBytes(temp.Combine("less.pgz")));
    }

    [SharedFileFact("arxiv-sample.jsonl")]
    public void On_real_abstracts_adding_a_batch_equals_the_full_build_and_removing_it_gives_back_the_first_graph()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(Repository.Shared("arxiv-sample.jsonl"));
        File.WriteAllLines(temp.Combine("old.jsonl"), lines[..250]);
        File.WriteAllLines(temp.Combine("new.jsonl"), lines[250..]);
        Build(temp.Combine("old.jsonl"), "-o", temp.Combine("old.pgz"));
        Build("--graph", temp.Combine("old.pgz"), temp.Combine("new.jsonl"), "-o", temp.Combine("both.pgz"));
        Build([temp.Combine("old.jsonl"), temp.Combine("new.jsonl"), "-o", temp.Combine("full.pgz")]);
        Assert.Equal(File.ReadAllBytes(temp.Combine("full.pgz")), File.ReadAllBytes(temp.Combine("both.pgz")));

        var batch = lines[250..].Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToArray();
        File.WriteAllLines(temp.Combine("batch.txt"), batch);
        Build("--graph", temp.Combine("both.pgz"), "--remove-file", temp.Combine("batch.txt"), "-o", temp.Combine("back.pgz"));
        Assert.Equal(File.ReadAllBytes(temp.Combine("old.pgz")), File.ReadAllBytes(temp.Combine("back.pgz")));
    }

    [Fact]
    public void Without_an_output_the_graph_is_updated_in_place_and_a_failed_update_leaves_it_as_it_was()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("graph.pgz");
        Build(SeedPages[0], "-o", graph, "--no-model");
        var before = File.ReadAllBytes(graph);
        var (exit, output, _) = CommandLine.Run("build", "--graph", graph, SeedPages[1], "--no-model", "--quiet");
        Assert.Equal(0, exit);
        Assert.Contains($"saved to {graph}", output);
        Assert.NotEqual(before, File.ReadAllBytes(graph));

        var updated = File.ReadAllBytes(graph);
        // Every paper removed: no paper is left, so nothing is written over the good graph.
        var all = GraphFile.TryLoad(graph).Graph!.Papers.Select(paper => paper.Key).ToArray();
        var (emptyExit, _, emptyError) = CommandLine.Run(["build", "--graph", graph, "--remove", .. all, "--no-model", "--quiet"]);
        Assert.NotEqual(0, emptyExit);
        Assert.Contains("error PG1017", emptyError);
        Assert.Equal(updated, File.ReadAllBytes(graph));
        Assert.Empty(temp.TemporaryFiles());
    }

    [Fact]
    public void A_paper_to_remove_that_the_graph_lacks_is_a_warning_with_the_file_and_line()
    {
        using var temp = new TempDirectory();
        Build(SeedPages[0], "-o", temp.Combine("graph.pgz"), "--no-model");
        var list = temp.File("remove.txt", "# not ours\n\n2501.99999 # a typo\n");
        var (exit, _, error) = CommandLine.Run("build", "--graph", temp.Combine("graph.pgz"), "--remove-file", list, "-o", temp.Combine("out.pgz"), "--no-model", "--quiet");
        Assert.Equal(0, exit);
        Assert.Contains($"{list}(3): warning PG1030: '2501.99999' is not a paper of the graph; nothing was removed for it", error);
    }

    [Fact]
    public void A_graph_saved_before_version_6_cannot_be_updated_and_says_how_to_make_one_that_can()
    {
        using var temp = new TempDirectory();
        var old = temp.Combine("v5.pgz");
        using (var stream = File.Create(old))
        {
            GraphFile.Write(SeedCorpus.Graph, stream, GraphFileFormat.CurationVersion, checksums: true, keptApart: true);
        }
        var (exit, _, error) = CommandLine.Run("build", "--graph", old, SeedPages[0], "-o", temp.Combine("out.pgz"), "--no-model", "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains($"{old}: error PG4030: The graph has no replay log", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(temp.Combine("out.pgz")));
    }

    [Fact]
    public void A_graph_built_with_a_lexicon_file_is_updated_only_with_the_same_lexicon()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("papers.jsonl",
            """{"id": "p1", "title": "Zorblax pruning", "abstract": "We prune networks with Zorblax, a new criterion, and evaluate on CIFAR-10."}""" + "\n");
        var lexicon = temp.File("zorblax.yaml", "techniques:\n  - name: Zorblax\n");
        Build(corpus, "-o", temp.Combine("graph.pgz"), "--lexicon", lexicon, "--no-model");
        Assert.Contains("Zorblax", CommandLine.Run("show", "--graph", temp.Combine("graph.pgz"), "Zorblax").Out);

        var (exit, _, error) = CommandLine.Run("build", "--graph", temp.Combine("graph.pgz"), SeedPages[0], "-o", temp.Combine("out.pgz"), "--no-model", "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("error PG4031: The graph was built with lexicon files this build does not have (paper p1 was extracted with the lexicon entry technique 'zorblax'", error);
        Assert.False(File.Exists(temp.Combine("out.pgz")));
        Build("--graph", temp.Combine("graph.pgz"), SeedPages[0], "-o", temp.Combine("out.pgz"), "--lexicon", lexicon, "--no-model");
    }

    [Fact]
    public void An_update_without_the_curation_file_the_graph_was_built_with_warns_that_its_decisions_are_gone()
    {
        using var temp = new TempDirectory();
        var curation = temp.File("curation.yaml", "- drop: [ImageNet]\n");
        Build(SeedPages[0], SeedPages[1], "-o", temp.Combine("graph.pgz"), "--curation", curation, "--no-model");
        var (exit, _, error) = CommandLine.Run("build", "--graph", temp.Combine("graph.pgz"), SeedPages[2], "-o", temp.Combine("out.pgz"), "--no-model", "--quiet");
        Assert.Equal(0, exit);
        Assert.Contains("warning PG4032: The graph was built with 1 curation decision(s) and this build applies none", error);

        // With it, the update applies it again, as a full build with it would.
        Build("--graph", temp.Combine("graph.pgz"), SeedPages[2], "-o", temp.Combine("curated.pgz"), "--curation", curation, "--no-model");
        Build(SeedPages[0], SeedPages[1], SeedPages[2], "-o", temp.Combine("full.pgz"), "--curation", curation, "--no-model");
        Assert.Equal(File.ReadAllBytes(temp.Combine("full.pgz")), File.ReadAllBytes(temp.Combine("curated.pgz")));
    }

    [Theory]
    [InlineData("build needs inputs to read, or --graph FILE to update a saved graph")]
    [InlineData("--remove and --remove-file take papers out of a saved graph: name it with --graph FILE", "x.jsonl", "--remove", "p1")]
    public void Build_without_inputs_or_with_removals_but_no_graph_is_a_usage_error(string message, params string[] args)
    {
        var (exit, _, error) = CommandLine.Run(["build", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}
