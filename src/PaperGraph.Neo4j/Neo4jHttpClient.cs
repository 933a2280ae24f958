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

    /// <summary>How long one request may take before it counts as unanswered (the HttpClient's timeout).</summary>
    public TimeSpan Timeout => http.Timeout;

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

    /// <summary>The Query API's answer: <c>{"data": {"fields": [...], "values": [...]}, "counters": {...}, ...}</c>.</summary>
    private static Task<QueryOutcome> ReadQueryApiAsync(HttpResponseMessage response, CancellationToken cancellation) =>
        ReadAnswerAsync(response, root =>
            root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? root.TryGetProperty("counters", out var counters)
                    ? counters.ValueKind == JsonValueKind.Object ? Counters(counters, "nodesCreated", "relationshipsCreated", "propertiesSet") : null
                    : new QueryOutcome(null, 0, 0, 0)
                : null, cancellation);

    /// <summary>The transactional endpoint's answer: <c>{"results": [{"columns", "data", "stats"}], "errors": []}</c>.</summary>
    private static Task<QueryOutcome> ReadTransactionalAsync(HttpResponseMessage response, CancellationToken cancellation) =>
        ReadAnswerAsync(response, root =>
            root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
                ? results.GetArrayLength() > 0 && results[0].ValueKind == JsonValueKind.Object && results[0].TryGetProperty("stats", out var stats) && stats.ValueKind == JsonValueKind.Object
                    ? Counters(stats, "nodes_created", "relationships_created", "properties_set")
                    : new QueryOutcome(null, 0, 0, 0)
                : null, cancellation);

    /// <summary>
    /// An answer is the error it names, a failure for its status, or, read by <paramref name="success"/>, a success
    /// in the API's documented shape; anything else (null from <paramref name="success"/>, HTML, non-JSON) is a failure.
    /// </summary>
    private static async Task<QueryOutcome> ReadAnswerAsync(HttpResponseMessage response, Func<JsonElement, QueryOutcome?> success, CancellationToken cancellation)
    {
        var status = (int)response.StatusCode;
        var (document, text) = await ParseAsync(response, cancellation).ConfigureAwait(false);
        using (document)
        {
            if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
            {
                if (FirstError(root, status) is { } error)
                {
                    return QueryOutcome.Failed(error);
                }
                if (!response.IsSuccessStatusCode)
                {
                    return QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), response.ReasonPhrase ?? ""));
                }
                if (success(root) is { } outcome)
                {
                    return outcome;
                }
            }
            else if (!response.IsSuccessStatusCode)
            {
                return QueryOutcome.Failed(new Neo4jError(status, StatusCode(status), document is null && text.Length == 0 ? response.ReasonPhrase ?? "no response body" : Unexpected(response, text)));
            }
            return QueryOutcome.Failed(new Neo4jError(status, UnexpectedAnswer, Unexpected(response, text)));
        }
    }

    /// <summary>The code of an answer that is not the API's documented shape: never taken for success.</summary>
    public const string UnexpectedAnswer = "PaperGraph.UnexpectedAnswer";

    /// <summary>What came back, for the message: status, content type and the start of the body, escaped.</summary>
    private static string Unexpected(HttpResponseMessage response, string text)
    {
        var start = text.Length > 80 ? text[..80] + "..." : text;
        var printable = new StringBuilder(start.Length);
        foreach (var c in start)
        {
            printable.Append(char.IsControl(c) ? ' ' : c);
        }
        return $"the server answered HTTP {(int)response.StatusCode} ({response.Content.Headers.ContentType?.MediaType ?? "no content type"}) with something that is not a Neo4j answer: '{printable}'";
    }

    private static Neo4jError? FirstError(JsonElement root, int status)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            string Text(string name) => first.ValueKind == JsonValueKind.Object && first.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
            var code = Text("code");
            return new Neo4jError(status, code.Length > 0 ? code : UnexpectedAnswer, Text("message") is { Length: > 0 } message ? message : first.GetRawText());
        }
        return null;
    }

    private static QueryOutcome Counters(JsonElement counters, string nodes, string relationships, string properties)
    {
        int Read(string name) => counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;
        return new QueryOutcome(null, Read(nodes), Read(relationships), Read(properties));
    }

    private static async Task<(JsonDocument? Document, string Text)> ParseAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "");
        }
        try
        {
            return (JsonDocument.Parse(text), text);
        }
        catch (JsonException)
        {
            return (null, text);
        }
    }

    private static string StatusCode(int status) => status switch
    {
        401 => "Neo.ClientError.Security.Unauthorized",
        403 => "Neo.ClientError.Security.Forbidden",
        _ => $"HTTP {status}",
    };
}
