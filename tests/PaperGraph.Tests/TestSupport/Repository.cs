namespace PaperGraph.Tests.TestSupport;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string DevGold => Path.Combine(Root, "tests", "data", "dev-gold.json");

    /// <summary>Eight hand-made papers on two topics (efficient tuning on GLUE, augmentation on CIFAR-10) joined by one paper.</summary>
    public static string TwoTopics => Path.Combine(Root, "tests", "data", "two-topics.jsonl");

    /// <summary>A file of the shared folder that sits beside the clone (../shared) in CI and on developer machines.</summary>
    public static string Shared(string fileName) => Path.GetFullPath(Path.Combine(Root, "..", "shared", fileName));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PaperGraph.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("PaperGraph.sln not found above the test folder");
    }
}
