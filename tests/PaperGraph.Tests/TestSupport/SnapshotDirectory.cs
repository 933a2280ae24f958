namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Golden-file assertions for an output that is a folder of files (the neo4j-admin CSVs): the same file names, and each
/// file as in its snapshot. PAPERGRAPH_UPDATE_SNAPSHOTS=1 rewrites the folder, stale files included, like
/// <see cref="Snapshot"/>.
/// </summary>
internal static class SnapshotDirectory
{
    public static void Matches(string relativePath, string actualDirectory, Func<string, string> normalize)
    {
        var expectedDirectory = Path.Combine(Repository.Root, "tests", "PaperGraph.Tests", relativePath);
        var actualNames = Directory.GetFiles(actualDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_SNAPSHOTS") == "1" && Directory.Exists(expectedDirectory))
        {
            Directory.Delete(expectedDirectory, recursive: true);
        }
        foreach (var name in actualNames)
        {
            Snapshot.Matches(Path.Combine(relativePath, name!), normalize(File.ReadAllText(Path.Combine(actualDirectory, name!))));
        }
        var expectedNames = Directory.GetFiles(expectedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedNames, actualNames);
    }
}
