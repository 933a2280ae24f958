using System.Text;
using PaperGraph.Export;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

/// <summary>
/// The Cypher script and the neo4j-admin CSVs as golden files under Export/Snapshots/, for the graph of awkward names
/// (escaping) and for the seed graph (every node, relationship and property the seeds produce). A change of either
/// output shows in the diff; PAPERGRAPH_UPDATE_SNAPSHOTS=1 dotnet test rewrites them from the current output.
/// </summary>
public sealed class Neo4jSnapshotTests
{
    [Fact]
    public void The_cypher_script_of_awkward_names_is_as_in_the_snapshot()
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(SampleGraphs.Tricky(), stream);
        Snapshot.Match(Path.Combine("Export", "Snapshots", "tricky.cypher"), stream.ToArray());
    }

    [Fact]
    public void The_neo4j_admin_csvs_of_awkward_names_are_as_in_the_snapshot()
    {
        using var temp = new TempDirectory();
        new Neo4jCsvExporter().WriteDirectory(SampleGraphs.Tricky(), temp.Path);
        SnapshotDirectory.Matches(Path.Combine("Export", "Snapshots", "tricky-neo4j-csv"), temp.Path, text => text);
    }

    [Fact]
    public void The_cypher_script_the_cli_exports_from_the_seeds_is_as_in_the_snapshot()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "seeds.cypher");
        var (exit, _, error) = CommandLine.Run("export", "--format", "cypher", "--input", Repository.Seeds, "-o", path, "-q");
        Assert.True(exit == 0, error);
        Snapshot.Matches(Path.Combine("Export", "Snapshots", "seeds.cypher"), RepositoryPaths.Relative(File.ReadAllText(path, Encoding.UTF8)));
    }

    [Fact]
    public void The_neo4j_admin_csvs_the_cli_exports_from_the_seeds_are_as_in_the_snapshot()
    {
        using var temp = new TempDirectory();
        var directory = Path.Combine(temp.Path, "import");
        var (exit, _, error) = CommandLine.Run("export", "--format", "neo4j-csv", "--input", Repository.Seeds, "-o", directory, "-q");
        Assert.True(exit == 0, error);
        SnapshotDirectory.Matches(Path.Combine("Export", "Snapshots", "seeds-neo4j-csv"), directory, RepositoryPaths.Relative);
    }
}
