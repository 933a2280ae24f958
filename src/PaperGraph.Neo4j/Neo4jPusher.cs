using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Loads a graph into Neo4j: the schema first, then the batched, parameterised MERGE statements of
/// <see cref="Neo4jStatementPlan"/>, one transaction per batch; transient errors are retried with exponential
/// backoff; authentication and client errors stop the push and name the failing batch.
/// </summary>
public sealed class Neo4jPusher(Neo4jHttpClient client, PushOptions options)
{
    public async Task<PushResult> PushAsync(KnowledgeGraph graph, IProgress<PushProgress>? progress = null, CancellationToken cancellation = default)
    {
        // Batches are built as they are sent, one at a time: memory stays at a batch, not the whole graph as rows.
        var work = Neo4jSchema.Statements
            .Select(statement => (Description: "schema", Statement: statement, Rows: (Neo4jBatch?)null))
            .Concat(Neo4jStatementPlan.Build(graph, options.BatchSize).Select(batch => (Description: batch.Description, Statement: batch.Statement, Rows: (Neo4jBatch?)batch)));
        var total = Neo4jSchema.Statements.Length + Neo4jStatementPlan.CountBatches(graph, options.BatchSize);

        int nodes = 0, relationships = 0, nodesCreated = 0, relationshipsCreated = 0, retries = 0;
        var index = -1;
        foreach (var (description, statement, batch) in work)
        {
            index++;
            var parameters = batch is null
                ? new Dictionary<string, object?>()
                : new Dictionary<string, object?> { [Neo4jBatch.RowsParameter] = batch.Rows };
            var (outcome, attempts) = await RunWithRetriesAsync(statement, parameters, cancellation).ConfigureAwait(false);
            retries += attempts - 1;
            if (outcome.Error is { } error)
            {
                return new PushResult(index, total, nodes, relationships, nodesCreated, relationshipsCreated, retries,
                    client.UsesTransactionalEndpoint, error, index + 1, description);
            }
            if (batch is not null)
            {
                if (batch.IsRelationship)
                {
                    relationships += batch.Rows.Length;
                }
                else
                {
                    nodes += batch.Rows.Length;
                }
            }
            nodesCreated += outcome.NodesCreated;
            relationshipsCreated += outcome.RelationshipsCreated;
            progress?.Report(new PushProgress(index + 1, total, description));
        }
        return new PushResult(total, total, nodes, relationships, nodesCreated, relationshipsCreated, retries,
            client.UsesTransactionalEndpoint, null, null, null);
    }

    private async Task<(QueryOutcome Outcome, int Attempts)> RunWithRetriesAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellation)
    {
        var delay = options.FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            QueryOutcome outcome;
            try
            {
                outcome = await client.RunAsync(statement, parameters, cancellation).ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                // A refused or dropped connection: treat like a transient server error.
                outcome = QueryOutcome.Failed(new Neo4jError(503, "PaperGraph.ConnectionFailed", exception.Message));
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // HttpClient's timeout: a server that never answers is retried like one that is overloaded.
                outcome = QueryOutcome.Failed(new Neo4jError(504, "PaperGraph.Timeout", $"no answer within {client.Timeout.TotalSeconds:0.###} s"));
            }
            if (outcome.IsSuccess || !outcome.Error!.IsTransient || attempt > options.MaxRetries)
            {
                return (outcome, attempt);
            }
            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay *= 2;
        }
    }
}
