namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Golden files kept in the repository, so a reviewer sees output changes in the diff.
/// Set PAPERGRAPH_UPDATE_SNAPSHOTS=1 to rewrite them from the current output, then review and commit the diff.
/// </summary>
internal static class Snapshot
{
    public static void Match(string relativePath, byte[] actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "PaperGraph.Tests", relativePath);
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot {relativePath}; run the tests with PAPERGRAPH_UPDATE_SNAPSHOTS=1 and review it");
        var expected = File.ReadAllText(path);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(actual));
    }
}
