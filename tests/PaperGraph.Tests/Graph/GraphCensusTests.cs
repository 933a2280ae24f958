using System.Text.Json;
using PaperGraph.Cli.Rendering;
using PaperGraph.Graph;
using PaperGraph.Graph.Persistence;
using PaperGraph.Query.Profiles;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary><c>stats</c> counts a saved graph from its file without loading it: the same figures, and damage it reads is still PG4001.</summary>
public sealed class GraphCensusTests
{
    private static string StatsJson(GraphStatistics stats) => JsonSerializer.Serialize(StatsRenderer.Instance.ToJson(stats));

    private static string StatsOfFile(string path, int top)
    {
        var (census, problem) = GraphFile.TryReadCensus(path);
        Assert.Null(problem);
        return StatsJson(GraphStatistics.Compute(census!, top));
    }

    public static TheoryData<string> Graphs => ["seeds", "kestrels with one sense merged"];

    private static byte[] Saved(string name)
    {
        if (name == "seeds")
        {
            return GraphFileTests.SeedFile.Value;
        }
        using var stream = new MemoryStream();
        GraphFile.Write(HomonymTests.KestrelsWithOneMerged(), stream);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Stats_counted_from_the_file_are_the_stats_of_the_loaded_graph(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.File("graph.pgz", Saved(name));
        var (graph, problem) = GraphFile.TryLoad(path);
        Assert.Null(problem);
        // Every entity ranked (ties broken by key), and the usual ten.
        foreach (var top in new[] { 10, graph!.Nodes.Length })
        {
            Assert.Equal(StatsJson(GraphStatistics.Compute(graph, top)), StatsOfFile(path, top));
        }
    }

    [Fact]
    public void A_version_6_file_is_counted_through_a_load_with_the_same_figures()
    {
        using var temp = new TempDirectory();
        var graph = HomonymTests.KestrelsWithOneMerged();
        using var stream = new MemoryStream();
        GraphFile.Write(graph, stream, 6, checksums: true, keptApart: true);
        Assert.Equal(StatsJson(GraphStatistics.Compute(graph, 10)), StatsOfFile(temp.File("v6.pgz", stream.ToArray()), 10));
    }

    [Fact]
    public void A_flipped_bit_is_PG4001_or_leaves_the_figures_as_they_were_never_different_figures()
    {
        using var temp = new TempDirectory();
        var saved = GraphFileTests.SeedFile.Value;
        var expected = StatsOfFile(temp.File("seeds.pgz", saved), 10);
        var random = new Random(5);
        var (caught, unread, inEdges) = (0, 0, 0);
        for (var trial = 0; trial < 120; trial++)
        {
            var bytes = (byte[])saved.Clone();
            // Past the version (a changed version is PG4002).
            bytes[random.Next(12, bytes.Length)] ^= (byte)(1 << random.Next(8));
            var (census, problem) = GraphFile.TryReadCensus(temp.File($"flip-{trial}.pgz", bytes));
            if (census is null)
            {
                Assert.Equal("PG4001", problem!.Id);
                caught++;
                // The edge section is checked on a worker, from where its counts say it lies.
                inEdges += problem.Message.Contains("edges section is damaged", StringComparison.Ordinal) ? 1 : 0;
            }
            else
            {
                // The sentence rows, the adjacency, the text and the replay log: nothing stats reports comes from them.
                Assert.Equal(expected, StatsJson(GraphStatistics.Compute(census, 10)));
                unread++;
            }
        }
        Assert.True(caught > 10 && unread > 10 && inEdges > 0, $"{caught} caught ({inEdges} in the edges), {unread} in sections stats does not read");
    }

    [Fact]
    public void A_file_cut_short_is_PG4001_for_stats_too()
    {
        using var temp = new TempDirectory();
        var bytes = GraphFileTests.SeedFile.Value;
        foreach (var cut in Enumerable.Range(1, 30).Select(i => (int)((long)bytes.Length * i / 31)).Append(12))
        {
            var (census, problem) = GraphFile.TryReadCensus(temp.File($"cut-{cut}.pgz", bytes[..cut]));
            Assert.Null(census);
            Assert.Equal("PG4001", problem!.Id);
        }
    }
}
