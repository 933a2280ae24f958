namespace PaperGraph.Neo4j;

/// <summary>
/// How to push: rows per batch (one transaction each), retries of transient errors and their first backoff, and the
/// retries when no server answers at all (fewer: a server that is not running will not start in a few seconds).
/// </summary>
public sealed record PushOptions(int BatchSize = 500, int MaxRetries = 4, TimeSpan? InitialBackoff = null, int MaxConnectRetries = 2)
{
    public TimeSpan FirstBackoff => InitialBackoff ?? TimeSpan.FromMilliseconds(250);
}
