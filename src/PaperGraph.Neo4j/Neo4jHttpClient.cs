using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// Runs statements over Neo4j's HTTP APIs: the Query API (<c>POST /db/{db}/query/v2</c>, Neo4j 5.19+) and, for
/// servers without it (404), the transactional endpoint (<c>POST /db/{db}/tx/commit</c>). Each call is one
/// auto-committed transaction.
/// </summary>
/// <remarks>Neo4j.Driver is not available to this project, and HTTP needs nothing but HttpClient.</remarks>
public sealed class Neo4jHttpClient(HttpClient http, Neo4jConnection connection)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private bool _useTransactionalEndpoint;

    /// <summary>True once the server answered 404 to the Query API and the client fell back.</summary>
    public bool UsesTransactionalEndpoint => _useTransactionalEndpoint;

    public async Task<QueryOutcome> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellation = default)
    {
        if (!_useTransactionalEndpoint)
        {
            var body = new Dictionary<string, object?> { ["statement"] = statement, ["parameters"] = parameters, ["includeCounters"] = true };
            using var response = await SendAsync($"db/{Uri.EscapeDataString(connection.Database)}/query/v2", body, cancellation).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                return await ReadQueryApiAsync(response, cancellation).ConfigureAwait(false);
            }
            _useTransactionalEndpoint = true;
        }

        var transactional = new Dictionary<string, object?>
        {
            ["statements"] = new[] { new Dictionary<string, object?> { ["statement"] = statement, ["parameters"] = parameters, ["includeStats"] = true } },
        };
        using var fallback = await SendAsync($"db/{Uri.EscapeDataString(connection.Database)}/tx/commit", transactional, cancellation).ConfigureAwait(false);
        return await ReadTransactionalAsync(fallback, cancellation).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, object body, CancellationToken cancellation)
    {
        var baseUri = connection.Uri.AbsoluteUri.EndsWith('/') ? connection.Uri : new Uri(connection.Uri.AbsoluteUri + "/");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, path))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, JsonOptions), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}")));
        return await http.SendAsync(request, cancellation).ConfigureAwait(false);
    }

    private static async Task<QueryOutcome> ReadQueryApiAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var status = (int)response.StatusCode;
        using var document = await ParseAsync(response, cancellation).ConfigureAwait(false);
        if (document is null)
        {
            return response.IsSuccessStatusCode
                ? new QueryOutcome(null, 0, 0, 0)
                : QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), response.ReasonPhrase ?? "no response body"));
        }
        var root = document.RootElement;
        if (FirstError(root, status) is { } error)
        {
            return QueryOutcome.Failed(error);
        }
        if (!response.IsSuccessStatusCode)
        {
            return QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), response.ReasonPhrase ?? ""));
        }
        return root.TryGetProperty("counters", out var counters) ? Counters(counters, "nodesCreated", "relationshipsCreated", "propertiesSet") : new QueryOutcome(null, 0, 0, 0);
    }

    private static async Task<QueryOutcome> ReadTransactionalAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var status = (int)response.StatusCode;
        using var document = await ParseAsync(response, cancellation).ConfigureAwait(false);
        if (document is null)
        {
            return QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), response.ReasonPhrase ?? "no response body"));
        }
        var root = document.RootElement;
        if (FirstError(root, status) is { } error)
        {
            return QueryOutcome.Failed(error);
        }
        if (!response.IsSuccessStatusCode)
        {
            return QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), response.ReasonPhrase ?? ""));
        }
        if (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() > 0
            && results[0].TryGetProperty("stats", out var stats))
        {
            return Counters(stats, "nodes_created", "relationships_created", "properties_set");
        }
        return new QueryOutcome(null, 0, 0, 0);
    }

    private static Neo4jError? FirstError(JsonElement root, int status)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var codeElement) ? codeElement.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var messageElement) ? messageElement.GetString() ?? "" : "";
            return new Neo4jError(status, code, message);
        }
        return null;
    }

    private static QueryOutcome Counters(JsonElement counters, string nodes, string relationships, string properties)
    {
        int Read(string name) => counters.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
        return new QueryOutcome(null, Read(nodes), Read(relationships), Read(properties));
    }

    private static async Task<JsonDocument?> ParseAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string StatusCode(int status) => status switch
    {
        401 => "Neo.ClientError.Security.Unauthorized",
        403 => "Neo.ClientError.Security.Forbidden",
        _ => $"HTTP {status}",
    };
}
