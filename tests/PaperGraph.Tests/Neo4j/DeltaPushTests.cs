using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;
using PaperGraph.Graph.Persistence;
using PaperGraph.Neo4j;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// <c>push --since</c> on the seeds: the old graph lacks the first four papers and has another paper under an older
/// title; the new graph lacks three papers the old one had. The delta must hold exactly what differs, keyed as Neo4j
/// keys it, and applying it after a full push of the old graph must leave what a full push of the new one leaves.
/// </summary>
public sealed class DeltaPushTests
{
    private static readonly Lazy<(KnowledgeGraph Old, KnowledgeGraph New)> LazyGraphs = new(() =>
    {
        var papers = SeedCorpus.Extracted;
        var old = papers.Skip(4).Select(paper => paper.Paper.Id == papers[5].Paper.Id
            ? paper with { Paper = paper.Paper with { Title = "An older title of " + paper.Paper.Title } }
            : paper);
        var current = papers.Where((_, index) => index is < 10 or > 12);
        return (SeedCorpus.Pipeline.BuildGraph(old), SeedCorpus.Pipeline.BuildGraph(current));
    });

    private static KnowledgeGraph Old => LazyGraphs.Value.Old;
    private static KnowledgeGraph New => LazyGraphs.Value.New;

    private static Neo4jPusher Pusher(FakeNeo4jServer server, int batchSize = 100) =>
        new(new Neo4jHttpClient(new HttpClient(), new Neo4jConnection(server.Uri, "neo4j", "neo4j", "secret")),
            new PushOptions(batchSize, MaxRetries: 3, InitialBackoff: TimeSpan.Zero));

    private static HashSet<string> NodeKeys(KnowledgeGraph graph) => [.. graph.Nodes.Select(node => $"{node.Kind}:{node.Key}")];

    private static HashSet<string> RowKeys(FakeNeo4jServer server, Func<string, bool> statement) =>
    [
        .. server.CommittedRows.Where(sent => statement(sent.Statement))
            .SelectMany(sent => sent.Rows.EnumerateArray().Select(row => $"{Label(sent.Statement)}:{row.GetProperty("key").GetString()}")),
    ];

    private static string Label(string statement) => Regex.Match(statement, @"\((?:n|a):(\w+) ").Groups[1].Value;

    [Fact]
    public async Task The_delta_sends_exactly_the_added_and_changed_nodes_and_deletes_the_removed_ones_by_key()
    {
        using var server = new FakeNeo4jServer();
        var delta = GraphDelta.Between(Old, New);
        var result = await Pusher(server).PushDeltaAsync(delta);
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Empty(server.Problems);

        var papers = SeedCorpus.Extracted;
        var merged = RowKeys(server, statement => statement.Contains("MERGE (n:", StringComparison.Ordinal));
        var deleted = RowKeys(server, statement => statement.Contains("DETACH DELETE", StringComparison.Ordinal));
        var oldKeys = NodeKeys(Old);
        var newKeys = NodeKeys(New);

        // Removed: exactly the keys the old graph has and the new one has not (the three papers and their lone entities).
        Assert.Equal(oldKeys.Except(newKeys).Order(), deleted.Order());
        Assert.All(papers.Skip(10).Take(3), paper => Assert.Contains($"Paper:{paper.Paper.Id}", deleted));
        // Added: every new key, and the retitled paper as changed; a paper in both with the same listing is not sent.
        Assert.Superset(newKeys.Except(oldKeys).ToHashSet(), merged);
        Assert.All(papers.Take(4), paper => Assert.Contains($"Paper:{paper.Paper.Id}", merged));
        Assert.Contains($"Paper:{papers[5].Paper.Id}", merged);
        Assert.DoesNotContain($"Paper:{papers[20].Paper.Id}", merged);
        Assert.Empty(merged.Intersect(deleted));
        // Every merged row that is not new differs in its properties.
        var oldProperties = Old.Nodes.ToDictionary(node => $"{node.Kind}:{node.Key}", node => CypherLiteral.Format(Neo4jStatementPlan.NodeProperties(node)));
        var newProperties = New.Nodes.ToDictionary(node => $"{node.Kind}:{node.Key}", node => CypherLiteral.Format(Neo4jStatementPlan.NodeProperties(node)));
        var expectedChanged = newKeys.Intersect(oldKeys).Where(key => oldProperties[key] != newProperties[key]).ToHashSet();
        Assert.Equal(newKeys.Except(oldKeys).Concat(expectedChanged).Order(), merged.Order());

        Assert.Equal(delta.RemovedNodes.Length, result.NodesDeleted);
        Assert.Equal(delta.RemovedRelationships.Length, result.RelationshipsDeleted);
        Assert.Equal(delta.AddedNodes.Length + delta.ChangedNodes.Length, result.NodesMerged);
    }

    [Fact]
    public async Task The_delta_deletes_relationships_that_went_away_by_type_and_end_keys()
    {
        using var server = new FakeNeo4jServer();
        await Pusher(server).PushDeltaAsync(GraphDelta.Between(Old, New));
        static string EdgeKey(GraphEdge edge) => $"{edge.Type.ToName()}|{edge.Source.Kind}:{edge.Source.Key}|{edge.Target.Kind}:{edge.Target.Key}";
        var expected = Old.Edges.Select(EdgeKey).Except(New.Edges.Select(EdgeKey)).Order().ToList();
        var sent = server.CommittedRows.Where(sent => sent.Statement.EndsWith("DELETE r", StringComparison.Ordinal))
            .SelectMany(sent =>
            {
                var match = Regex.Match(sent.Statement, @"\(a:(\w+) \{key: row.from\}\)-\[r:(\w+)\]->\(b:(\w+) ");
                return sent.Rows.EnumerateArray().Select(row =>
                    $"{match.Groups[2].Value}|{match.Groups[1].Value}:{row.GetProperty("from").GetString()}|{match.Groups[3].Value}:{row.GetProperty("to").GetString()}");
            }).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, sent);
    }

    [Fact]
    public async Task An_unchanged_graph_sends_the_schema_and_no_data_statements()
    {
        using var server = new FakeNeo4jServer();
        var delta = GraphDelta.Between(New, New);
        Assert.True(delta.IsEmpty);
        var result = await Pusher(server).PushDeltaAsync(delta);
        Assert.True(result.IsSuccess);
        Assert.Empty(server.CommittedRows);
        Assert.Equal(Neo4jSchema.Statements.Length, server.Committed.Count);
    }

    [Fact]
    public async Task A_full_push_of_the_old_graph_then_the_delta_leaves_what_a_full_push_of_the_new_one_leaves_and_a_rerun_changes_nothing()
    {
        using var incremental = new FakeNeo4jServer();
        await Pusher(incremental, batchSize: 37).PushAsync(Old);
        var delta = GraphDelta.Between(Old, New);
        await Pusher(incremental, batchSize: 37).PushDeltaAsync(delta);
        var afterDelta = new DatabaseModel().Apply(incremental.CommittedRows);

        using var full = new FakeNeo4jServer();
        await Pusher(full).PushAsync(New);
        var expected = new DatabaseModel().Apply(full.CommittedRows);

        Assert.Equal(expected.Nodes.Count, New.Nodes.Length);
        Assert.Equal(expected.Relationships.Count, New.Edges.Length);
        Assert.Equal(expected.Nodes.OrderBy(pair => pair.Key, StringComparer.Ordinal), afterDelta.Nodes.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Relationships.OrderBy(pair => pair.Key, StringComparer.Ordinal), afterDelta.Relationships.OrderBy(pair => pair.Key, StringComparer.Ordinal));

        var sentBefore = incremental.CommittedRows.Count;
        await Pusher(incremental, batchSize: 37).PushDeltaAsync(delta);
        var rerun = incremental.CommittedRows.Skip(sentBefore).ToList();
        var twice = new DatabaseModel().Apply(incremental.CommittedRows);
        Assert.Equal(afterDelta.Nodes.OrderBy(pair => pair.Key, StringComparer.Ordinal), twice.Nodes.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(afterDelta.Relationships.OrderBy(pair => pair.Key, StringComparer.Ordinal), twice.Relationships.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.NotEmpty(rerun);
    }

    [Fact]
    public void The_push_command_with_since_sends_the_delta_and_prints_the_counts()
    {
        using var server = new FakeNeo4jServer();
        using var temp = new TempDirectory();
        GraphFile.Save(Old, temp.Combine("old.pgz"));
        GraphFile.Save(New, temp.Combine("new.pgz"));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PushCommand.Create(new CliConsole(output, error), () => "secret")
            .Parse(["--uri", server.Uri.ToString(), "--graph", temp.Combine("new.pgz"), "--since", temp.Combine("old.pgz"), "--quiet"]).Invoke();
        Assert.True(exit == 0, error.ToString());
        var delta = GraphDelta.Between(Old, New);
        Assert.Contains($"nodes {delta.AddedNodes.Length} added, {delta.ChangedNodes.Length} changed, {delta.RemovedNodes.Length} removed", output.ToString());
        Assert.Equal(Neo4jSchema.Statements.Length + Neo4jStatementPlan.BuildDelta(delta, 500).Count(), server.Committed.Count);
    }

    [Fact]
    public void A_dry_run_prints_the_delta_counts_and_connects_to_nothing()
    {
        using var server = new FakeNeo4jServer();
        using var temp = new TempDirectory();
        GraphFile.Save(Old, temp.Combine("old.pgz"));
        GraphFile.Save(New, temp.Combine("new.pgz"));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PushCommand.Create(new CliConsole(output, error), () => throw new InvalidOperationException("a dry run asks for no password"))
            .Parse(["--uri", server.Uri.ToString(), "--graph", temp.Combine("new.pgz"), "--since", temp.Combine("old.pgz"), "--dry-run", "--quiet"]).Invoke();
        Assert.True(exit == 0, error.ToString());
        Assert.Contains("dry run, nothing sent: nodes", output.ToString());
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public void A_since_that_is_not_a_graph_file_is_a_clear_error_and_sends_nothing()
    {
        using var server = new FakeNeo4jServer();
        using var temp = new TempDirectory();
        GraphFile.Save(New, temp.Combine("new.pgz"));
        File.WriteAllText(temp.Combine("old.pgz"), "not a graph\n");
        var error = new StringWriter();
        var exit = PushCommand.Create(new CliConsole(new StringWriter(), error), () => "secret")
            .Parse(["--uri", server.Uri.ToString(), "--graph", temp.Combine("new.pgz"), "--since", temp.Combine("old.pgz"), "--quiet"]).Invoke();
        Assert.NotEqual(0, exit);
        Assert.Contains("old.pgz", error.ToString());
        Assert.Contains("PG4", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Equal(0, server.Requests);
    }

    /// <summary>
    /// Neo4j's MERGE, SET +=, DELETE and DETACH DELETE over the rows sent, enough to compare two databases by their
    /// node and relationship keys and properties.
    /// </summary>
    private sealed class DatabaseModel
    {
        public Dictionary<string, Dictionary<string, string>> NodeProperties { get; } = [];
        public Dictionary<string, Dictionary<string, string>> RelationshipProperties { get; } = [];

        public Dictionary<string, string> Nodes => NodeProperties.ToDictionary(pair => pair.Key, pair => Canonical(pair.Value));
        public Dictionary<string, string> Relationships => RelationshipProperties.ToDictionary(pair => pair.Key, pair => Canonical(pair.Value));

        private static string Canonical(Dictionary<string, string> properties) =>
            string.Join(", ", properties.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

        public DatabaseModel Apply(IEnumerable<(string Statement, JsonElement Rows)> sent)
        {
            foreach (var (statement, rows) in sent)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    Apply(statement, row);
                }
            }
            return this;
        }

        private void Apply(string statement, JsonElement row)
        {
            if (statement.Contains("DETACH DELETE n", StringComparison.Ordinal))
            {
                var node = $"{Label(statement)}:{row.GetProperty("key").GetString()}";
                NodeProperties.Remove(node);
                foreach (var relationship in RelationshipProperties.Keys.Where(key => key.Split('|')[1] == node || key.Split('|')[2] == node).ToList())
                {
                    RelationshipProperties.Remove(relationship);
                }
            }
            else if (statement.EndsWith("DELETE r", StringComparison.Ordinal))
            {
                var match = Regex.Match(statement, @"\(a:(\w+) \{key: row.from\}\)-\[r:(\w+)\]->\(b:(\w+) ");
                RelationshipProperties.Remove($"{match.Groups[2].Value}|{match.Groups[1].Value}:{row.GetProperty("from").GetString()}|{match.Groups[3].Value}:{row.GetProperty("to").GetString()}");
            }
            else if (statement.Contains("MERGE (n:", StringComparison.Ordinal))
            {
                var node = $"{Label(statement)}:{row.GetProperty("key").GetString()}";
                Set(NodeProperties.TryGetValue(node, out var existing) ? existing : NodeProperties[node] = [], row.GetProperty("props"));
            }
            else if (statement.Contains("MERGE (a)-[r:", StringComparison.Ordinal))
            {
                var from = $"{Regex.Match(statement, @"MATCH \(a:(\w+) ").Groups[1].Value}:{row.GetProperty("from").GetString()}";
                var to = $"{Regex.Match(statement, @"MATCH \(b:(\w+) ").Groups[1].Value}:{row.GetProperty("to").GetString()}";
                if (!NodeProperties.ContainsKey(from) || !NodeProperties.ContainsKey(to))
                {
                    return; // MATCH finds no end: Neo4j writes nothing.
                }
                var relationship = $"{Regex.Match(statement, @"\[r:(\w+)\]").Groups[1].Value}|{from}|{to}";
                Set(RelationshipProperties.TryGetValue(relationship, out var existing) ? existing : RelationshipProperties[relationship] = [], row.GetProperty("props"));
            }
            else
            {
                throw new InvalidOperationException($"the model does not know the statement {statement}");
            }
        }

        /// <summary><c>SET x += map</c>: each property set, a null removes it.</summary>
        private static void Set(Dictionary<string, string> properties, JsonElement map)
        {
            foreach (var property in map.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    properties.Remove(property.Name);
                }
                else
                {
                    properties[property.Name] = property.Value.GetRawText();
                }
            }
        }
    }
}
