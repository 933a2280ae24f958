namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Golden-file assertions: the expected output lives in the repository next to the test, so a reviewer sees any change
/// of output in the diff. Set PAPERGRAPH_UPDATE_SNAPSHOTS=1 to rewrite the files from the current output.
/// </summary>
internal static class Snapshot
{
    public static void Matches(string relativePath, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "PaperGraph.Tests", relativePath);
        var normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot at {path}; run the tests with PAPERGRAPH_UPDATE_SNAPSHOTS=1 to create it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), normalized);
    }
}
