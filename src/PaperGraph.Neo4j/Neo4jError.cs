namespace PaperGraph.Neo4j;

/// <summary>An error Neo4j reported (status code and message), with how PaperGraph should react to it.</summary>
public sealed record Neo4jError(int HttpStatus, string Code, string Message)
{
    /// <summary>Neo.TransientError.* (deadlocks, leader switches, memory pressure) and overload statuses: worth a retry.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || HttpStatus is 429 or 502 or 503 or 504;

    /// <summary>The code of a request that never reached a server: refused, unresolvable, or timed out connecting.</summary>
    public const string UnreachableCode = "unreachable";

    /// <summary>No server answered: nothing was sent, and a re-run once it is up does everything.</summary>
    public bool IsUnreachable => Code == UnreachableCode;

    public bool IsAuthentication => HttpStatus is 401 or 403 || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);

    public override string ToString() => IsUnreachable ? Message : $"{Code}: {Message}";
}
