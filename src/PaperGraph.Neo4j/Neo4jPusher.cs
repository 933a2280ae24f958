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
    public Task<PushResult> PushAsync(KnowledgeGraph graph, IProgress<PushProgress>? progress = null, IProgress<PushRetry>? retrying = null, CancellationToken cancellation = default)
    {
        // Batches are built as they are sent, one at a time: memory stays at a batch, not the whole graph as rows.
        var work = Neo4jSchema.Statements
            .Select(statement => (Description: "schema", Statement: statement, Rows: (Neo4jBatch?)null))
            .Concat(Neo4jStatementPlan.Build(graph, options.BatchSize).Select(batch => (Description: batch.Description, Statement: batch.Statement, Rows: (Neo4jBatch?)batch)));
        var total = Neo4jSchema.Statements.Length + Neo4jStatementPlan.CountBatches(graph, options.BatchSize);
        return RunAsync(work, total, progress, retrying, cancellation);
    }

    /// <summary>
    /// Sends only what changed: the schema as in a full push, then the deletes and MERGEs of
    /// <see cref="Neo4jStatementPlan.BuildDelta"/>, in the same batched transactions with the same retries.
    /// </summary>
    internal Task<PushResult> PushDeltaAsync(GraphDelta delta, IProgress<PushProgress>? progress = null, IProgress<PushRetry>? retrying = null, CancellationToken cancellation = default)
    {
        var batches = Neo4jStatementPlan.BuildDelta(delta, options.BatchSize).ToList();
        var work = Neo4jSchema.Statements
            .Select(statement => (Description: "schema", Statement: statement, Rows: (Neo4jBatch?)null))
            .Concat(batches.Select(batch => (Description: batch.Description, Statement: batch.Statement, Rows: (Neo4jBatch?)batch)));
        return RunAsync(work, Neo4jSchema.Statements.Length + batches.Count, progress, retrying, cancellation);
    }

    private async Task<PushResult> RunAsync(
        IEnumerable<(string Description, string Statement, Neo4jBatch? Rows)> work, int total,
        IProgress<PushProgress>? progress, IProgress<PushRetry>? retrying, CancellationToken cancellation)
    {
        int nodes = 0, relationships = 0, nodesCreated = 0, relationshipsCreated = 0, nodesDeleted = 0, relationshipsDeleted = 0, retries = 0;
        var index = -1;
        foreach (var (description, statement, batch) in work)
        {
            index++;
            var parameters = batch is null
                ? new Dictionary<string, object?>()
                : new Dictionary<string, object?> { [Neo4jBatch.RowsParameter] = batch.Rows };
            var (outcome, attempts) = await RunWithRetriesAsync(statement, parameters, description, retrying, cancellation).ConfigureAwait(false);
            retries += attempts - 1;
            if (outcome.Error is { } error)
            {
                return new PushResult(index, total, nodes, relationships, nodesCreated, relationshipsCreated, retries,
                    client.UsesTransactionalEndpoint, error, index + 1, description, nodesDeleted, relationshipsDeleted);
            }
            if (batch is { IsDelete: true })
            {
                if (batch.IsRelationship)
                {
                    relationshipsDeleted += batch.Rows.Length;
                }
                else
                {
                    nodesDeleted += batch.Rows.Length;
                }
            }
            else if (batch is not null)
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
            client.UsesTransactionalEndpoint, null, null, null, nodesDeleted, relationshipsDeleted);
    }

    private async Task<(QueryOutcome Outcome, int Attempts)> RunWithRetriesAsync(
        string statement, IReadOnlyDictionary<string, object?> parameters, string description, IProgress<PushRetry>? retrying, CancellationToken cancellation)
    {
        var delay = options.FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            QueryOutcome outcome;
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                outcome = await client.RunAsync(statement, parameters, cancellation).ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                // A refused or dropped connection: no server answered.
                outcome = QueryOutcome.Failed(new Neo4jError(503, Neo4jError.UnreachableCode, Describe(exception)));
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // HttpClient's timeout: a server that never answers is retried like one that is overloaded. Cancelled
                // before it, the connection was never made (the handler's short connect timeout): no server is there.
                outcome = started.Elapsed < client.Timeout * 0.9
                    ? QueryOutcome.Failed(new Neo4jError(504, Neo4jError.UnreachableCode, "no answer to the connection in time"))
                    : QueryOutcome.Failed(new Neo4jError(504, "PaperGraph.Timeout", $"no answer within {client.Timeout.TotalSeconds:0.###} s"));
            }
            var maxRetries = outcome.Error?.IsUnreachable == true ? options.MaxConnectRetries : options.MaxRetries;
            if (outcome.IsSuccess || !outcome.Error!.IsTransient || attempt > maxRetries)
            {
                return (outcome, attempt);
            }
            retrying?.Report(new PushRetry(attempt + 1, maxRetries + 1, delay, description, outcome.Error));
            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay *= 2;
        }
    }

    /// <summary>What went wrong in words, without the exception's type: "connection refused".</summary>
    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.ConnectionError when exception.InnerException is System.Net.Sockets.SocketException socket
            && socket.SocketErrorCode == System.Net.Sockets.SocketError.ConnectionRefused => "connection refused",
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError => "cannot connect",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
        _ => "the connection failed",
    };
}
