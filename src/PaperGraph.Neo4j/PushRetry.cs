namespace PaperGraph.Neo4j;

/// <summary>Reported before a retry: which attempt comes next, of how many, after what wait, and why.</summary>
public sealed record PushRetry(int NextAttempt, int MaxAttempts, TimeSpan Delay, string Description, Neo4jError Error);
