using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

public sealed class CurationCommandTests
{
    [Fact]
    public void Malformed_curation_yaml_is_an_error_with_file_and_line_and_the_build_writes_nothing()
    {
        using var temp = new TempDirectory();
        var curation = temp.File("curation.yaml", "- merge: [LoRA, low-rank adaptation]\n- merge: [ViT, \"vision transformer]\n");
        var output = temp.File("graph.pgz", "the good graph from before");
        var (exit, _, error) = CommandLine.Run("build", Repository.Seeds, "-o", output, "--curation", curation, "--quiet", "--no-model");
        Assert.NotEqual(0, exit);
        Assert.Contains($"{curation}(2,", error);
        Assert.Contains("error PG2101: The curation file cannot be read", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("the good graph from before", File.ReadAllText(output));
        Assert.Empty(temp.TemporaryFiles());
    }

    [Fact]
    public void A_missing_curation_file_is_an_error_and_the_build_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("graph.pgz");
        var (exit, _, error) = CommandLine.Run("build", Repository.Seeds, "-o", output, "--curation", temp.Combine("no-such.yaml"), "--quiet", "--no-model");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PG2101", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Build_with_curation_applies_the_decisions_and_reports_the_skipped_ones_with_file_and_line()
    {
        using var temp = new TempDirectory();
        var curation = temp.File("curation.yaml", "# decisions\n- drop: [ImageNet]\n- rename: {nothing like it: \"X\"}\n");
        var output = temp.Combine("graph.pgz");
        var (exit, _, error) = CommandLine.Run("build", Repository.Seeds, "-o", output, "--curation", curation, "--quiet", "--no-model");
        Assert.Equal(0, exit);
        Assert.Contains($"{curation}(3): warning PG2104: The rename decision names 'nothing like it', which is no entity of the graph", error);
        var (_, stats, _) = CommandLine.Run("stats", "--graph", output);
        Assert.Contains("curation: 1 decision applied, 1 warning", stats);
        Assert.Contains("  dropped by curation.yaml line 2: 'ImageNet' removed with its edges and evidence", stats);
        var (showExit, _, showError) = CommandLine.Run("show", "--graph", output, "ImageNet");
        Assert.NotEqual(0, showExit);
        Assert.Contains("PG4003", showError);
    }
}
