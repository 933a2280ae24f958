namespace PaperGraph.Neo4j;

/// <summary>Where and as whom to connect. The password comes from NEO4J_PASSWORD or a prompt, never the command line.</summary>
public sealed record Neo4jConnection(Uri Uri, string Database, string User, string Password)
{
    /// <summary>Shown in messages and logs: everything but the password.</summary>
    public override string ToString() => $"{User}@{Uri} (database {Database})";
}
