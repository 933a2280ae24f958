using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>
/// What <c>papergraph extract seeds</c> prints, as a golden file (one line per paper, so a change shows as the papers
/// it touches). PAPERGRAPH_UPDATE_SNAPSHOTS=1 dotnet test rewrites it from the current output.
/// </summary>
public sealed class ExtractSnapshotTests
{
    [Fact]
    public void Extracting_the_seeds_prints_the_json_lines_of_the_snapshot()
    {
        var (exit, output, error) = CommandLine.Run("extract", Repository.Seeds, "-q");
        Assert.True(exit == 0, error);
        Snapshot.Matches(Path.Combine("Cli", "Snapshots", "extract-seeds.jsonl"), RepositoryPaths.Relative(output));
    }

    [Fact]
    public void Extracting_the_seeds_without_the_model_prints_the_json_lines_of_the_snapshot()
    {
        var (exit, output, error) = CommandLine.Run("extract", Repository.Seeds, "-q", "--no-model");
        Assert.True(exit == 0, error);
        Snapshot.Matches(Path.Combine("Cli", "Snapshots", "extract-seeds-no-model.jsonl"), RepositoryPaths.Relative(output));
    }
}
