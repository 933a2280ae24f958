using System.Collections.Immutable;

namespace PaperGraph.Export.Neo4j;

/// <summary>
/// One write: a parameterised statement over <c>$rows</c> and the rows it runs on. <c>push</c> sends it with the rows
/// as parameters; the Cypher exporter inlines the rows as a list literal. A delete's rows hold only keys.
/// </summary>
internal sealed record Neo4jBatch(string Description, string Statement, ImmutableArray<IReadOnlyDictionary<string, object?>> Rows, bool IsRelationship, bool IsDelete = false)
{
    public const string RowsParameter = "rows";

    /// <summary>The statement with the rows written in as a literal, for scripts.</summary>
    public string ToInlineCypher() =>
        Statement.Replace("$" + RowsParameter, CypherLiteral.Format(Rows), StringComparison.Ordinal);
}
