namespace PaperGraph.Neo4j;

/// <summary>Reported after each batch: how many of how many, and what the batch was.</summary>
public sealed record PushProgress(int Done, int Total, string Description);
