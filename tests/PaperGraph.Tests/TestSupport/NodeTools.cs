namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Runs the repository's Node tools (tools/*) from tests. Where they are not installed (a fresh clone with only the
/// .NET SDK) the checks are skipped with a note; CI sets PAPERGRAPH_REQUIRE_NODE_TOOLS=1 so there they must run.
/// </summary>
internal static class NodeTools
{
    public static bool IsRequired => Environment.GetEnvironmentVariable("PAPERGRAPH_REQUIRE_NODE_TOOLS") == "1";

    /// <summary>True when the tool can run; otherwise false, or a failure when CI requires it.</summary>
    public static bool Available(string tool)
    {
        var modules = Path.Combine(Repository.Root, "tools", tool, "node_modules");
        var available = Directory.Exists(modules) && ExternalTools.Which("node") is not null;
        if (!available && IsRequired)
        {
            Assert.Fail($"tools/{tool} is not installed: run `npm ci --prefix tools/{tool}`");
        }
        return available;
    }

    public static (int Exit, string Output) Run(string script, params string[] arguments)
    {
        var (exit, output, error) = ExternalTools.Run("node", [Path.Combine(Repository.Root, script), .. arguments]);
        return (exit, output + error);
    }
}
