namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Golden-file assertions: the expected output lives in the repository next to the test, so a reviewer sees any change
/// of output in the diff. Set PAPERGRAPH_UPDATE_SNAPSHOTS=1 to rewrite the files from the current output, then review.
/// </summary>
internal static class Snapshot
{
    /// <summary>Text output (CLI JSON), compared with line endings normalized.</summary>
    public static void Matches(string relativePath, string actual)
    {
        var path = PathOf(relativePath);
        var normalized = actual.ReplaceLineEndings("\n");
        if (Update(path, () => File.WriteAllText(path, normalized)))
        {
            return;
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), normalized);
    }

    /// <summary>Exported files, compared as written (UTF-8).</summary>
    public static void Match(string relativePath, byte[] actual)
    {
        var path = PathOf(relativePath);
        if (Update(path, () => File.WriteAllBytes(path, actual)))
        {
            return;
        }
        Assert.Equal(File.ReadAllText(path), System.Text.Encoding.UTF8.GetString(actual));
    }

    private static string PathOf(string relativePath) => Path.Combine(Repository.Root, "tests", "PaperGraph.Tests", relativePath);

    private static bool Update(string path, Action write)
    {
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write();
            return true;
        }
        Assert.True(File.Exists(path), $"no snapshot at {path}; run the tests with PAPERGRAPH_UPDATE_SNAPSHOTS=1 to create it, then review it");
        return false;
    }
}
