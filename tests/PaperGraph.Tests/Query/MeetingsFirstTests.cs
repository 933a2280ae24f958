using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Paths;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Query;

/// <summary>
/// The path search looks for a large level's meetings before growing it (HopPathSpace): a speed-up that must not
/// change a single path, including the spur searches of Yen's algorithm, which block nodes and first steps.
/// </summary>
public sealed class MeetingsFirstTests
{
    [Fact]
    public void Looking_for_meetings_first_at_every_level_finds_the_same_k_paths_as_growing_every_level_whole()
    {
        var graph = SeedCorpus.Graph;
        var entities = graph.Entities.Where(node => node.PaperCount > 0).OrderByDescending(node => node.PaperCount).ThenBy(node => node.Id).ToArray();
        // The most connected entities and a spread of rarer ones: near and far pairs, hubs and leaves.
        var chosen = entities.Take(12).Concat(entities.Where((_, index) => index % 97 == 0).Take(12)).Distinct().ToArray();
        var compared = 0;
        var found = 0;
        foreach (var from in chosen)
        {
            foreach (var to in chosen.Where(to => to.Id != from.Id))
            {
                foreach (var via in new[] { PathVia.Papers, PathVia.Concepts })
                {
                    var whole = KShortestPaths.Find(new HopPathSpace(graph, via, canPass: null), from.Id, to.Id, 4, 8, PathDiversity.IsDistinct, maxRounds: 24);
                    var meetingsFirst = KShortestPaths.Find(new HopPathSpace(graph, via, canPass: null) { AlwaysMeetingsFirst = true }, from.Id, to.Id, 4, 8, PathDiversity.IsDistinct, maxRounds: 24);
                    Assert.Equal(Describe(whole), Describe(meetingsFirst));
                    compared++;
                    found += whole.Length;
                }
            }
        }
        Assert.True(found > compared, $"{found} paths over {compared} searches: too few to compare");
    }

    private static string[] Describe(IEnumerable<WeightedPath> paths) =>
        [.. paths.Select(path => $"{string.Join(",", path.Edges)} @ {path.Cost:R}")];
}
