namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// A fact that needs one of the repository's Node tools (tools/NAME): skipped, with the reason shown by the runner,
/// where it is not installed. Where CI requires the Node tools (PAPERGRAPH_REQUIRE_NODE_TOOLS=1) it runs and fails
/// loudly instead, so a missing tool can never pass as a green check.
/// </summary>
internal sealed class NodeToolFactAttribute : FactAttribute
{
    public NodeToolFactAttribute(string tool)
    {
        if (!NodeTools.IsRequired && !NodeTools.IsInstalled(tool))
        {
            Skip = $"tools/{tool} is not installed (npm ci --prefix tools/{tool}; .ci/run does)";
        }
    }
}
