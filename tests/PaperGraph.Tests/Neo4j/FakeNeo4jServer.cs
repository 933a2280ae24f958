using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A loopback HTTP server that speaks Neo4j's documented Query API and transactional endpoint: it checks every
/// request's method, path, headers, auth and body shape, keeps the merged node keys (so counters show idempotence),
/// and answers from a script so tests can inject 401s, transient errors and client errors.
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly HashSet<string> _mergedKeys = [];

    public FakeNeo4jServer(string user = "neo4j", string password = "secret", bool queryApi = true)
    {
        ExpectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        QueryApi = queryApi;
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }
    public string ExpectedAuthorization { get; }
    public bool QueryApi { get; }

    /// <summary>Returns an error (status, code, message) for the n-th request (1-based), or null to answer normally.</summary>
    public Func<int, (int Status, string Code, string Message)?> Fault { get; set; } = _ => null;

    /// <summary>Answers the n-th request (1-based) with these exact bytes (status, content type, body), or null to answer normally.</summary>
    public Func<int, (int Status, string ContentType, string Body)?> RawAnswer { get; set; } = _ => null;

    public ConcurrentQueue<string> Problems { get; } = new();
    public List<(string Path, string Statement, int Rows)> Committed { get; } = [];

    /// <summary>Every committed data statement with its rows parameter as JSON, in order, so tests can check keys.</summary>
    public List<(string Statement, JsonElement Rows)> CommittedRows { get; } = [];
    public int Requests { get; private set; }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            try
            {
                Handle(context);
            }
            catch (Exception exception)
            {
                Problems.Enqueue(exception.ToString());
                Respond(context, 500, """{"errors":[{"code":"Test.Failure","message":"fake server failed"}]}""");
            }
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        int number;
        lock (Committed)
        {
            number = ++Requests;
        }
        var path = request.Url!.AbsolutePath;
        if (request.HttpMethod != "POST")
        {
            Problems.Enqueue($"request {number}: method {request.HttpMethod}");
        }
        if (request.Headers["Authorization"] != ExpectedAuthorization)
        {
            Respond(context, 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
            return;
        }
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            Problems.Enqueue($"request {number}: content type {request.ContentType}");
        }
        if (request.Headers["Accept"]?.Contains("application/json", StringComparison.Ordinal) != true)
        {
            Problems.Enqueue($"request {number}: accept {request.Headers["Accept"]}");
        }
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        using var body = JsonDocument.Parse(reader.ReadToEnd());

        var isQueryApi = path == "/db/neo4j/query/v2";
        var isTransactional = path == "/db/neo4j/tx/commit";
        if (isQueryApi && !QueryApi)
        {
            Respond(context, 404, "");
            return;
        }
        if (!isQueryApi && !isTransactional)
        {
            Problems.Enqueue($"request {number}: unexpected path {path}");
            Respond(context, 404, "");
            return;
        }

        var statementElement = isQueryApi ? body.RootElement : body.RootElement.GetProperty("statements")[0];
        var statement = statementElement.GetProperty("statement").GetString()!;
        var parameters = statementElement.TryGetProperty("parameters", out var p) ? p : default;
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            Problems.Enqueue($"request {number}: parameters must be an object");
        }
        var rows = 0;
        var created = 0;
        if (statement.Contains("$rows", StringComparison.Ordinal))
        {
            var list = parameters.GetProperty("rows");
            rows = list.GetArrayLength();
            foreach (var row in list.EnumerateArray())
            {
                var key = row.TryGetProperty("key", out var k) ? "n|" + statement.Split('\n')[1] + k.GetString() : "r|" + statement + row.GetProperty("from").GetString() + "|" + row.GetProperty("to").GetString();
                lock (_mergedKeys)
                {
                    if (_mergedKeys.Add(key))
                    {
                        created++;
                    }
                }
            }
        }

        if (RawAnswer(number) is { } raw)
        {
            context.Response.StatusCode = raw.Status;
            context.Response.ContentType = raw.ContentType;
            var rawBytes = Encoding.UTF8.GetBytes(raw.Body);
            context.Response.ContentLength64 = rawBytes.Length;
            context.Response.OutputStream.Write(rawBytes);
            context.Response.Close();
            return;
        }
        if (Fault(number) is { } fault)
        {
            var error = $$$"""{"errors":[{"code":"{{{fault.Code}}}","message":"{{{fault.Message}}}"}]}""";
            Respond(context, isQueryApi ? fault.Status : 200, isQueryApi ? error : $$$"""{"results":[],"errors":[{"code":"{{{fault.Code}}}","message":"{{{fault.Message}}}"}]}""");
            return;
        }
        lock (Committed)
        {
            Committed.Add((path, statement, rows));
            if (statement.Contains("$rows", StringComparison.Ordinal))
            {
                CommittedRows.Add((statement, parameters.GetProperty("rows").Clone()));
            }
        }
        var isRelationship = statement.Contains("MERGE (a)-", StringComparison.Ordinal);
        var nodes = isRelationship ? 0 : created;
        var relationships = isRelationship ? created : 0;
        Respond(context, isQueryApi ? 202 : 200, isQueryApi
            ? $$$"""{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":{{{nodes}}},"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":{{{relationships}}},"relationshipsDeleted":0},"bookmarks":["FB:x"]}"""
            : $$$"""{"results":[{"columns":[],"data":[],"stats":{"contains_updates":true,"nodes_created":{{{nodes}}},"relationships_created":{{{relationships}}},"properties_set":0}}],"errors":[]}""");
    }

    private static void Respond(HttpListenerContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws when closed under a pending accept: that is how the loop ends.
        }
    }
}
