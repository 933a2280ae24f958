using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Query.Paths;
using PaperGraph.Tests.TestSupport;
using Xunit.Abstractions;

namespace PaperGraph.Tests.Query;

/// <summary>
/// The fast k paths against main's earlier algorithm on a big graph (a synthetic 20k- or 100k-paper build), which the
/// seed graph is too small to stand for: run by bench/path-latency.sh with PAPERGRAPH_PATHS_GRAPH set.
/// </summary>
public sealed class LargeGraphPathTests(ITestOutputHelper output)
{
    [LargeGraphFact]
    public void On_a_large_graph_the_first_connection_is_the_one_the_weighted_copy_and_a_dijkstra_found_and_the_rest_differ()
    {
        var (loaded, problem) = GraphFile.TryLoad(LargeGraphFactAttribute.GraphPath!);
        Assert.True(loaded is not null, problem?.ToString());
        var graph = loaded;
        var pairs = int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_PATHS_PAIRS"), out var count) ? count : 20;
        // The pairs `papergraph bench --seed 1` times, so the figures and this check are about the same queries.
        var entities = graph.Entities.Where(node => node.PaperCount > 0).ToArray();
        var random = new Random(1);
        var queries = Enumerable.Range(0, pairs).Select(_ => (entities[random.Next(entities.Length)], entities[random.Next(entities.Length)])).ToArray();
        var agreed = 0;
        var lengths = new List<int>();
        foreach (var (from, to) in queries)
        {
            // Past PathFinder.WorkBudget the connections after the first are found around the earlier ones rather than
            // in Yen's exact order, so on a large graph the first connection is compared, and the rest must be distinct.
            var expected = ReferencePaths.BestPaths(graph, from, to, new PathSearch());
            var actual = PathFinder.BestPaths(graph, from, to, new PathSearch());
            Assert.Equal(expected.Select(path => string.Join(",", path)).Take(1), actual.Select(path => string.Join(",", path.Hops.Select(hop => hop.Edge.Index))).Take(1));
            Assert.Equal(actual.Length, actual.Select(path => string.Join(",", path.Hops.Select(hop => hop.Edge.Index))).Distinct().Count());
            agreed++;
            lengths.AddRange(actual.Take(1).Select(path => path.Hops.Length));
        }
        output.WriteLine($"{agreed} of {pairs} pairs: the same first connection, edge for edge ({lengths.Count} connected, best {string.Join(" ", lengths)} hops)");
    }
}

/// <summary>A fact that needs a big graph file named by PAPERGRAPH_PATHS_GRAPH; skipped, saying so, without one.</summary>
internal sealed class LargeGraphFactAttribute : FactAttribute
{
    public static string? GraphPath => Environment.GetEnvironmentVariable("PAPERGRAPH_PATHS_GRAPH");

    public LargeGraphFactAttribute()
    {
        if (string.IsNullOrEmpty(GraphPath))
        {
            Skip = "needs PAPERGRAPH_PATHS_GRAPH=graph.pgz (a synthetic 20k-paper build; bench/path-latency.sh sets it)";
        }
    }
}
