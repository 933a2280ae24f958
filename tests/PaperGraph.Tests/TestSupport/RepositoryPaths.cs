namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Makes outputs that name input files comparable across machines: the clone's absolute path becomes relative
/// ("seeds/000_….txt"), so a snapshot taken in one worktree holds in another.
/// </summary>
internal static class RepositoryPaths
{
    public static string Relative(string output) => output.Replace(Repository.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
