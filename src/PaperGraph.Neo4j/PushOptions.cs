namespace PaperGraph.Neo4j;

/// <summary>How to push: rows per batch (one transaction each), retries of transient errors and their first backoff.</summary>
public sealed record PushOptions(int BatchSize = 500, int MaxRetries = 4, TimeSpan? InitialBackoff = null)
{
    public TimeSpan FirstBackoff => InitialBackoff ?? TimeSpan.FromMilliseconds(250);
}
