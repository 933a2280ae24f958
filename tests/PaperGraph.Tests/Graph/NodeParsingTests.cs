using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Graph.Persistence;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary>
/// A large graph's node records are parsed in parts on several threads (GraphFileReader.NodeParsing): every node must
/// come back as it was saved, in its place, and damage in any part must still be PG4001.
/// </summary>
public sealed class NodeParsingTests
{
    // More nodes than one part takes (50,000 a part, at most four parts), with every field of a record in use.
    private const int NodeCount = 230_001;

    private static readonly Lazy<KnowledgeGraph> Large = new(() =>
    {
        var nodes = ImmutableArray.CreateBuilder<GraphNode>(NodeCount);
        for (var id = 0; id < NodeCount; id++)
        {
            var kind = EntityKinds.All[id % EntityKinds.All.Length];
            nodes.Add(new GraphNode(id, kind, $"key {id}", $"Name {id} ü", id % 3 == 0 ? [$"alias {id}", "shared alias"] : [],
                id % 7 == 0 ? $"long form {id}" : null, id % 11, id % 5, kind == EntityKind.Paper ? ["Jul 30", $"Aug {id % 28 + 1}"] : [],
                kind == EntityKind.Paper ? [$"corpus.jsonl:{id}"] : [], id % 13 == 0 ? $"parent {id}" : null));
        }
        return new KnowledgeGraph(nodes.MoveToImmutable(), [], [], []);
    });

    private static byte[] Saved(bool checksums = true)
    {
        using var stream = new MemoryStream();
        if (checksums)
        {
            GraphFile.Write(Large.Value, stream);
        }
        else
        {
            // Version 2 has no checksums: damage reaches the parser itself, in whichever part holds it.
            GraphFile.Write(Large.Value, stream, 2, checksums: false, keptApart: false);
        }
        return stream.ToArray();
    }

    [Fact]
    public void Every_node_of_a_graph_parsed_in_parts_loads_back_as_it_was_saved()
    {
        using var temp = new TempDirectory();
        var (loaded, problem) = GraphFile.TryLoad(temp.File("large.pgz", Saved()));
        Assert.Null(problem);
        Assert.Equal(NodeCount, loaded!.Nodes.Length);
        for (var id = 0; id < NodeCount; id++)
        {
            var (before, after) = (Large.Value.Nodes[id], loaded.Nodes[id]);
            Assert.Equal((before.Id, before.Kind, before.Key, before.Name, before.LongForm, before.PaperCount, before.ProposedCount, before.Parent),
                (after.Id, after.Kind, after.Key, after.Name, after.LongForm, after.PaperCount, after.ProposedCount, after.Parent));
            Assert.Equal(before.Aliases.ToArray(), after.Aliases.ToArray());
            Assert.Equal(before.Dates.ToArray(), after.Dates.ToArray());
            Assert.Equal(before.Sources.ToArray(), after.Sources.ToArray());
        }
    }

    [Theory]
    [InlineData(true, "damaged")]
    [InlineData(false, "node 230000 has an unknown kind (200)")]
    public void An_unknown_kind_in_the_last_part_of_the_node_records_is_PG4001(bool checksums, string message)
    {
        var bytes = Saved(checksums);
        // The last node's record starts with its kind code, then its key, "key 230000", written with a length prefix.
        var key = System.Text.Encoding.UTF8.GetBytes($"key {NodeCount - 1}");
        var at = bytes.AsSpan().IndexOf([(byte)key.Length, .. key]) - 1;
        Assert.True(at > 0);
        bytes[at] = 200;
        using var temp = new TempDirectory();
        var (loaded, problem) = GraphFile.TryLoad(temp.File("damaged.pgz", bytes));
        Assert.Null(loaded);
        Assert.Equal("PG4001", problem!.Id);
        Assert.Contains(message, problem.Message);
    }
}
