namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Runs the repository's Node tools (tools/*) from tests. Where they are not installed (a fresh clone with only the
/// .NET SDK) the checks are skipped with a note; CI sets PAPERGRAPH_REQUIRE_NODE_TOOLS=1 so there they must run.
/// </summary>
internal static class NodeTools
{
    public static bool IsRequired => Environment.GetEnvironmentVariable("PAPERGRAPH_REQUIRE_NODE_TOOLS") == "1";

    /// <summary>True when node and the tool's packages are there.</summary>
    public static bool IsInstalled(string tool) =>
        Directory.Exists(Path.Combine(Repository.Root, "tools", tool, "node_modules")) && ExternalTools.Which("node") is not null;

    /// <summary>
    /// Fails, saying how to install it, when the tool cannot run: a <see cref="NodeToolFactAttribute"/> test reaches
    /// its body without the tool only where CI requires it.
    /// </summary>
    public static void Require(string tool)
    {
        if (!IsInstalled(tool))
        {
            Assert.Fail($"tools/{tool} is not installed: run `npm ci --prefix tools/{tool}`");
        }
    }

    public static (int Exit, string Output) Run(string script, params string[] arguments)
    {
        var (exit, output, error) = ExternalTools.Run("node", [Path.Combine(Repository.Root, script), .. arguments]);
        return (exit, output + error);
    }
}
