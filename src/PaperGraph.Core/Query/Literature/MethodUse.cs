namespace PaperGraph.Query.Literature;

/// <summary>A method or technique found in the papers that answer a question: in how many it is proposed and used.</summary>
public sealed record MethodUse(Graph.GraphNode Node, int ProposedIn, int UsedIn)
{
    public int Papers => ProposedIn + UsedIn;
}
