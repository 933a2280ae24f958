using PaperGraph.Export.Neo4j;
using PaperGraph.Export;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Export;

public sealed class Neo4jExportTests
{
    private static string Script(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's a \\ path", "'it\\'s a \\\\ path'")]
    [InlineData("line\nbreak", "'line\\nbreak'")]
    public void Strings_become_escaped_single_quoted_literals(string text, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Format(text));
    }

    [Fact]
    public void Lists_maps_and_numbers_are_cypher_literals()
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["a"] = 1, ["b"] = new[] { "x", "y" }, ["c"] = 2.0, ["d"] = null };
        Assert.Equal("{a: 1, b: ['x', 'y'], c: 2.0, d: null}", CypherLiteral.Format(map));
    }

    [Fact]
    public void The_script_starts_with_the_schema_and_merges_every_node_and_relationship()
    {
        var graph = SeedCorpus.Graph;
        var script = Script(graph);
        Assert.StartsWith("// PaperGraph export", script);
        Assert.Contains("CREATE CONSTRAINT paper_key IF NOT EXISTS", script);
        var rows = Neo4jStatementPlan.Build(graph).ToList();
        Assert.Equal(graph.Nodes.Length, rows.Where(batch => !batch.IsRelationship).Sum(batch => batch.Rows.Length));
        Assert.Equal(graph.Edges.Length, rows.Where(batch => batch.IsRelationship).Sum(batch => batch.Rows.Length));
        Assert.DoesNotContain("CREATE (", script);
        Assert.All(rows, batch => Assert.Contains("MERGE", batch.Statement));
    }

    [Fact]
    public void Batches_respect_the_batch_size()
    {
        var batches = Neo4jStatementPlan.Build(SeedCorpus.Graph, batchSize: 50).ToList();
        Assert.All(batches, batch => Assert.InRange(batch.Rows.Length, 1, 50));
    }

    [Fact]
    public void The_script_is_deterministic()
    {
        Assert.Equal(Script(SeedCorpus.Graph), Script(SeedCorpus.Graph));
    }

    [Fact]
    public void Csv_export_has_neo4j_admin_headers_and_prints_the_import_command()
    {
        using var temp = new TempDirectory();
        new Neo4jCsvExporter().WriteDirectory(SeedCorpus.Graph, temp.Path);
        var papers = File.ReadAllLines(Path.Combine(temp.Path, "nodes-paper.csv"));
        Assert.Equal("\"key:ID(Paper)\",\"title\",\"dates:string[]\",\"sources:string[]\",\":LABEL\"", papers[0]);
        Assert.Equal(285 + 1, papers.Length);
        var uses = File.ReadAllLines(Path.Combine(temp.Path, "rels-uses-paper-technique.csv"));
        Assert.StartsWith("\":START_ID(Paper)\",\":END_ID(Technique)\"", uses[0]);
        Assert.EndsWith("\":TYPE\"", uses[0]);
        Assert.Contains("\"sentence:int\"", uses[0]);
        var command = File.ReadAllText(Path.Combine(temp.Path, "import.sh"));
        Assert.Contains("neo4j-admin database import full", command);
        Assert.Contains("--nodes=", command);
        Assert.Contains("--relationships=", command);
        var totalRows = Directory.GetFiles(temp.Path, "*.csv").Sum(file => File.ReadAllLines(file).Length - 1);
        Assert.Equal(SeedCorpus.Graph.Nodes.Length + SeedCorpus.Graph.Edges.Length, totalRows);
    }

    [Fact]
    public void Csv_files_follow_the_neo4j_admin_header_rules_with_the_delimiters_import_sh_declares()
    {
        using var temp = new TempDirectory();
        new Neo4jCsvExporter().WriteDirectory(SeedCorpus.Graph, temp.Path);
        var command = File.ReadAllText(Path.Combine(temp.Path, "import.sh"));
        var declared = System.Text.RegularExpressions.Regex.Match(command, "--array-delimiter=(.)").Groups[1].Value;
        Assert.Equal(1, declared.Length);
        Assert.NotEqual(",", declared);
        Assert.Contains("--multiline-fields=true", command, StringComparison.Ordinal);
        // neo4j-admin's documented header fields: name[:type], :ID / name:ID(group), :LABEL, :START_ID(group), :END_ID(group), :TYPE.
        var field = new System.Text.RegularExpressions.Regex(@"^(\w+(:(int|long|double|boolean|string|date)(\[\])?)?|\w*:ID\(\w+\)|:LABEL|:START_ID\(\w+\)|:END_ID\(\w+\)|:TYPE)$");
        foreach (var file in Directory.GetFiles(temp.Path, "*.csv"))
        {
            var header = File.ReadLines(file).First().Split(',').Select(cell => cell.Trim('"')).ToList();
            Assert.All(header, name => Assert.Matches(field, name));
            if (header.Contains(":LABEL"))
            {
                var labelColumn = header.IndexOf(":LABEL");
                var first = File.ReadLines(file).Skip(1).First();
                var labels = first[(first.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..].TrimEnd('"').Split(declared[0]);
                Assert.All(labels, label => Assert.Matches(@"^[A-Za-z]+$", label));
                Assert.Equal(labelColumn, header.Count - 1);
            }
        }
        var methods = File.ReadLines(Path.Combine(temp.Path, "nodes-method.csv")).Skip(1).First();
        Assert.EndsWith($"\"Entity{declared}Method\"", methods, StringComparison.Ordinal);
    }

    [NodeToolFact("cypher-lint")]
    public void Generated_cypher_and_the_query_pack_pass_neo4js_own_linter()
    {
        NodeTools.Require("cypher-lint");
        // Linting costs ~25 ms a statement and more for long literals: a slice of the seeds exercises every statement
        // shape and a wide range of real strings to escape.
        using var temp = new TempDirectory();
        var slice = SeedCorpus.Pipeline.BuildGraph(SeedCorpus.Extracted.Take(30));
        var script = temp.File("graph.cypher", Script(slice));
        var (exit, output) = NodeTools.Run("tools/cypher-lint/lint.mjs", "--strict", script);
        Assert.True(exit == 0, output);
        // push --since adds the deletes: the delta from all seeds down to the slice has every delete shape.
        var statements = string.Join("\n\n", Neo4jStatementPlan.Build(SeedCorpus.Graph)
            .Concat(Neo4jStatementPlan.BuildDelta(GraphDelta.Between(SeedCorpus.Graph, slice)))
            .DistinctBy(batch => batch.Statement).Select(batch => batch.Statement + ";"));
        var parameterised = temp.File("push.cypher", statements);
        (exit, output) = NodeTools.Run("tools/cypher-lint/lint.mjs", "--strict", "--param", "rows", parameterised);
        Assert.True(exit == 0, output);
    }

    [NodeToolFact("cypher-lint")]
    public void The_linter_rejects_broken_cypher()
    {
        NodeTools.Require("cypher-lint");
        using var temp = new TempDirectory();
        var (exit, _) = NodeTools.Run("tools/cypher-lint/lint.mjs", temp.File("broken.cypher", "MATCH (n:Paper RETURN n;"));
        Assert.Equal(1, exit);
    }
}
