using PaperGraph.Corpus;
using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;


namespace PaperGraph.Tests.Query;

/// <summary>The query algorithms on tiny graphs whose answers can be worked out by hand.</summary>
public sealed class GraphAlgorithmTests
{
    // 0 ─1─ 1 ─1─ 3, 0 ─1─ 2 ─2─ 3, 1 ─1─ 2, 0 ─5─ 3 (weights are costs)
    private static readonly WeightedGraph Diamond = WeightedGraph.Create(4, [(0, 1, 1.0), (1, 3, 1.0), (0, 2, 1.0), (2, 3, 2.0), (0, 3, 5.0), (1, 2, 1.0)]);

    [Fact]
    public void Yen_returns_every_simple_path_cheapest_first_and_fewer_hops_first_among_equals()
    {
        var paths = KShortestPaths.Find(Diamond, 0, 3, k: 10);
        Assert.Equal(
            [[0, 1, 3], [0, 2, 3], [0, 2, 1, 3], [0, 1, 2, 3], [0, 3]],
            paths.Select(path => path.Vertices.ToArray()));
        Assert.Equal([2.0, 3.0, 3.0, 4.0, 5.0], paths.Select(path => path.Cost));
    }

    [Fact]
    public void Yen_returns_k_distinct_paths_in_order()
    {
        var paths = KShortestPaths.Find(Diamond, 0, 3, k: 3);
        Assert.Equal([[0, 1, 3], [0, 2, 3], [0, 2, 1, 3]], paths.Select(path => path.Vertices.ToArray()));
        Assert.Equal(3, paths.Select(path => string.Join(",", path.Vertices)).Distinct().Count());
    }

    [Fact]
    public void Yen_leaves_out_paths_longer_than_the_hop_limit_and_vertices_that_may_not_be_passed()
    {
        Assert.Equal([[0, 1, 3], [0, 2, 3], [0, 3]], KShortestPaths.Find(Diamond, 0, 3, k: 10, maxHops: 2).Select(path => path.Vertices.ToArray()));
        Assert.Equal([[0, 2, 3], [0, 3]], KShortestPaths.Find(Diamond, 0, 3, k: 10, canPass: vertex => vertex != 1).Select(path => path.Vertices.ToArray()));
    }

    [Fact]
    public void Yen_with_the_diversity_rule_skips_a_near_copy_that_shares_most_of_its_bridges()
    {
        // 0 ─ 1 ─ 2 ─ 3 ─ 6 is the cheapest; 0 ─ 1 ─ 2 ─ 4 ─ 6 shares two of its three bridges; 0 ─ 5 ─ 6 shares none.
        var graph = WeightedGraph.Create(7, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 6, 1.0), (2, 4, 1.0), (4, 6, 1.1), (0, 5, 2.5), (5, 6, 2.5)]);
        Assert.Equal([[0, 1, 2, 3, 6], [0, 1, 2, 4, 6]], KShortestPaths.Find(graph, 0, 6, k: 2).Select(path => path.Vertices.ToArray()));
        Assert.Equal([[0, 1, 2, 3, 6], [0, 5, 6]], KShortestPaths.Find(graph, 0, 6, k: 2, accept: PathDiversity.IsDistinct).Select(path => path.Vertices.ToArray()));
    }

    [Fact]
    public void Yen_finds_nothing_between_unconnected_vertices()
    {
        var graph = WeightedGraph.Create(3, [(0, 1, 1.0)]);
        Assert.Empty(KShortestPaths.Find(graph, 0, 2, k: 3));
    }

    [Fact]
    public void Louvain_separates_two_triangles_joined_by_one_edge()
    {
        var graph = WeightedGraph.Create(6, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0), (3, 5, 1.0), (2, 3, 1.0)]);
        Assert.Equal([0, 0, 0, 1, 1, 1], Louvain.Detect(graph).ToArray());
    }

    [Fact]
    public void Louvain_keeps_a_heavy_pair_together_against_light_links()
    {
        var graph = WeightedGraph.Create(4, [(0, 1, 10.0), (2, 3, 10.0), (1, 2, 1.0)]);
        Assert.Equal([0, 0, 1, 1], Louvain.Detect(graph).ToArray());
    }

    [Fact]
    public void PageRank_ranks_the_centre_of_a_star_first_and_sums_to_one()
    {
        var rank = PageRank.Compute(WeightedGraph.Create(4, [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]));
        Assert.Equal(1.0, rank.Sum(), 9);
        Assert.True(rank[0] > rank[1]);
        Assert.Equal(rank[1], rank[2], 12);
        Assert.Equal(rank[2], rank[3], 12);
    }

    [Fact]
    public void Betweenness_counts_shortest_paths_through_each_vertex_once_per_pair()
    {
        var chain = WeightedGraph.Create(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)]);
        Assert.Equal([0.0, 2.0, 2.0, 0.0], Betweenness.Compute(chain).ToArray());
        var square = WeightedGraph.Create(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 0, 1.0)]);
        Assert.Equal([0.5, 0.5, 0.5, 0.5], Betweenness.Compute(square).ToArray());
    }

    [Fact]
    public void Jaccard_and_local_mutual_information_follow_from_paper_counts()
    {
        Assert.Equal(2.0 / 4, Association.Jaccard(together: 2, countA: 3, countB: 3));
        Assert.Equal(0, Association.Jaccard(0, 0, 0));
        Assert.Equal(2 * Math.Log2(1.5), Association.LocalMutualInformation(2, Math.Log2(1.5)), 12);
    }

    [Theory]
    [InlineData("Jul 30", null, 7, 30)]
    [InlineData("July 4, 2025", 2025, 7, 4)]
    [InlineData("2025-12-15", 2025, 12, 15)]
    public void Listing_dates_parse_as_seed_pages_and_arXiv_write_them(string text, int? year, int month, int day)
    {
        Assert.True(ListingDate.TryParse(text, out var date));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Fact]
    public void Listing_dates_order_by_year_month_and_day_with_text_that_is_no_date_last()
    {
        string[] texts = ["2025-12-15", "undated", "Aug 2", "Jul 30", "2024-01-03"];
        var dates = texts.Select(ListingDate.Parse).Order(ListingDate.Chronological);
        Assert.Equal(["Jul 30", "Aug 2", "2024-01-03", "2025-12-15", "undated"], dates.Select(date => date.Text));
    }
}
