namespace PaperGraph.Neo4j;

/// <summary>
/// What a push did: statements and rows written (merged, and for a delta push deleted by key), counters from Neo4j, and, when it stopped early, the batch that
/// failed and why (earlier batches stay committed; a re-run is idempotent).
/// </summary>
public sealed record PushResult(
    int BatchesWritten,
    int TotalBatches,
    int NodesMerged,
    int RelationshipsMerged,
    int NodesCreated,
    int RelationshipsCreated,
    int Retries,
    bool UsedTransactionalEndpoint,
    Neo4jError? Failure,
    int? FailedBatch,
    string? FailedBatchDescription,
    int NodesDeleted = 0,
    int RelationshipsDeleted = 0)
{
    public bool IsSuccess => Failure is null;
}
