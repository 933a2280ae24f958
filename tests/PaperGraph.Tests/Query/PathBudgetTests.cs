using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Paths;
using PaperGraph.Tests.TestSupport;
using Xunit.Abstractions;

namespace PaperGraph.Tests.Query;

/// <summary>The work budget of <c>path --k N</c> (PathFinder.WorkBudget) bounds large graphs only.</summary>
public sealed class PathBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public void On_the_seed_graph_the_k_connections_stay_within_the_budget_so_they_are_Yens_exactly()
    {
        var graph = SeedCorpus.Graph;
        var entities = graph.Entities.OrderByDescending(node => node.PaperCount).ThenBy(node => node.Id).Take(25).ToArray();
        var most = 0L;
        foreach (var from in entities)
        {
            foreach (var to in entities.Where(to => to.Id != from.Id))
            {
                foreach (var (k, via) in new[] { (5, PathVia.Papers), (5, PathVia.Concepts) })
                {
                    var space = new HopPathSpace(graph, via, canPass: null);
                    KShortestPaths.Find(space, from.Id, to.Id, k, 8, PathDiversity.IsDistinct, maxRounds: 4 * k + 8);
                    most = Math.Max(most, space.Work);
                }
            }
        }
        output.WriteLine($"most work: {most:N0} of {PathFinder.WorkBudget:N0}");
        Assert.InRange(most, 1, PathFinder.WorkBudget);
    }
}
