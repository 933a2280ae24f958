using System.Text;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// <c>--format cypher</c>: an idempotent script for cypher-shell or Neo4j Browser: the schema (IF NOT EXISTS), then
/// batched <c>UNWIND [...] AS row MERGE …</c> statements. Running it twice changes nothing.
/// </summary>
internal sealed class CypherScriptExporter : GraphExporter
{
    public override string Format => "cypher";
    public override string Description => "Cypher script (schema + batched MERGE), idempotent, for cypher-shell or Neo4j Browser";
    public override string DefaultExtension => ".cypher";

    public override void Write(KnowledgeGraph graph, Stream output, ExportRun run)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("// PaperGraph export: run with `cypher-shell -f graph.cypher` (or paste into Neo4j Browser).");
        writer.WriteLine("// Idempotent: MERGE on each label's key, so a second run changes nothing.");
        writer.WriteLine();
        foreach (var statement in Neo4jSchema.Statements)
        {
            writer.Write(statement);
            writer.WriteLine(";");
        }
        // One row per node and per relationship (Neo4jStatementPlan), so a batch is as many steps as it has rows.
        foreach (var batch in Neo4jStatementPlan.Build(graph))
        {
            run.Step(batch.Rows.Length);
            writer.WriteLine();
            writer.WriteLine($"// {batch.Description}: {batch.Rows.Length} rows");
            writer.Write(batch.ToInlineCypher());
            writer.WriteLine(";");
        }
    }
}
