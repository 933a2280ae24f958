namespace PaperGraph.Neo4j;

/// <summary>What one statement did: the counters Neo4j returned, or the error.</summary>
public sealed record QueryOutcome(Neo4jError? Error, int NodesCreated, int RelationshipsCreated, int PropertiesSet)
{
    public bool IsSuccess => Error is null;

    public static QueryOutcome Failed(Neo4jError error) => new(error, 0, 0, 0);
}
