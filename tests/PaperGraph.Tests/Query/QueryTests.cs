using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Algorithms;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;
using PaperGraph.Query.Resolution;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Query;

public sealed class QueryTests
{
    [Fact]
    public void Every_key_and_name_of_the_seed_graph_resolves_as_the_name_index_of_all_entities_resolves_it()
    {
        // The resolver answers a name that is one entity's key without indexing every entity; the index alone must agree.
        var graph = SeedCorpus.Graph;
        var index = IndexOfEveryForm(graph);
        var resolver = new EntityResolver(graph);
        var names = graph.Entities.SelectMany(node => new[] { node.Key, node.Name }).Distinct().ToList();
        Assert.True(names.Count > 500);
        foreach (var name in names)
        {
            foreach (EntityKind? kind in new EntityKind?[] { null, EntityKind.Method, EntityKind.Technique })
            {
                var resolution = resolver.Resolve(name, kind);
                var found = index.Find(name, node => kind is null || node.Kind == kind);
                if (resolution.IsFound)
                {
                    Assert.Equal([resolution.Node!], found);
                }
                else if (resolution.Ambiguous.Length > 0 && !graph.KeptApart.Any(kept => PaperGraph.Binding.EntityKey.From(kept.Name) == PaperGraph.Binding.EntityKey.From(name)))
                {
                    Assert.Equal(found.OrderBy(node => node.Id), resolution.Ambiguous.OrderBy(node => node.Id));
                }
            }
        }
    }

    [Fact]
    public void Every_form_of_every_seed_entity_and_its_variants_resolves_as_the_name_index_resolves_it_in_the_same_order()
    {
        // The resolver finds a name's entities by one pass over the entities, without the index of every form: it must
        // answer as the index did, found or ambiguous, with the ambiguous entities in the same order.
        var graph = SeedCorpus.Graph;
        var index = IndexOfEveryForm(graph);
        var forms = graph.Entities.SelectMany(FormsOf).Distinct().ToList();
        var names = forms.Concat(forms.Select(form => form.ToUpperInvariant())).Concat(forms.Select(form => form.Replace(' ', '-') + "s")).Distinct().ToList();
        var ambiguous = 0;
        foreach (var name in names)
        {
            if (graph.KeptApart.Any(kept => PaperGraph.Binding.EntityKey.From(kept.Name) == PaperGraph.Binding.EntityKey.From(name)))
            {
                continue;
            }
            foreach (EntityKind? kind in new EntityKind?[] { null, EntityKind.Method, EntityKind.Technique, EntityKind.Dataset, EntityKind.Task })
            {
                var found = index.Find(name, node => kind is null || node.Kind == kind);
                if (found.Count == 0)
                {
                    // Unknown: the resolver's suggestions come from the index itself.
                    continue;
                }
                // A fresh resolver each time: one that has made suggestions answers from its index.
                var resolution = new EntityResolver(graph).Resolve(name, kind);
                if (found.Count == 1)
                {
                    Assert.Equal(found[0], resolution.Node);
                }
                else
                {
                    Assert.Null(resolution.Node);
                    Assert.Equal(found.OrderByDescending(node => node.PaperCount), resolution.Ambiguous);
                    ambiguous++;
                }
            }
        }
        Assert.True(ambiguous > 0, "no ambiguous name among the seed graph's forms");
    }

    /// <summary>Every name an entity goes by, as the resolver indexes them.</summary>
    private static IEnumerable<string> FormsOf(GraphNode node) =>
        new[] { node.Key, node.Name }.Concat(node.Aliases).Concat(node.LongForm is null ? [] : [node.LongForm]);

    /// <summary>The name index of every form of every entity: what the resolver answered from before it learnt to avoid it.</summary>
    private static PaperGraph.Binding.EntityNameIndex<GraphNode> IndexOfEveryForm(KnowledgeGraph graph)
    {
        var index = new PaperGraph.Binding.EntityNameIndex<GraphNode>(node => node.Key);
        foreach (var node in graph.Entities)
        {
            index.Add(node, FormsOf(node));
        }
        return index;
    }

    [Theory]
    [InlineData("LoRA", "lora")]
    [InlineData("low-rank adaptation", "lora")]
    [InlineData("MIXUP", "mixup")]
    [InlineData("model merging", "model merging")]
    public void Names_resolve_through_aliases_and_case(string name, string key)
    {
        var resolution = new EntityResolver(SeedCorpus.Graph).Resolve(name);
        Assert.Equal(key, resolution.Node?.Key);
    }

    [Fact]
    public void An_unknown_name_gets_suggestions_by_edit_distance()
    {
        var resolution = new EntityResolver(SeedCorpus.Graph).Resolve("mixpu");
        Assert.False(resolution.IsFound);
        Assert.Equal("mixup", resolution.Suggestions[0].Key);
    }

    [Fact]
    public void LoRA_connects_to_model_merging_through_papers_with_evidence_on_every_paper_hop()
    {
        var graph = SeedCorpus.Graph;
        var resolver = new EntityResolver(graph);
        var path = PathFinder.ShortestPath(graph, resolver.Resolve("LoRA").Node!, resolver.Resolve("model merging").Node!);
        Assert.NotNull(path);
        Assert.Equal("lora", path.Value[0].From.Key);
        Assert.Equal("model merging", path.Value[^1].To.Key);
        for (var i = 1; i < path.Value.Length; i++)
        {
            Assert.Same(path.Value[i - 1].To, path.Value[i].From);
        }
        Assert.All(path.Value.Where(hop => hop.Edge.Type != RelationType.IsA), hop => Assert.NotEmpty(hop.Edge.Evidence));
    }

    [Fact]
    public void A_known_path_of_two_hops_goes_through_the_shared_paper()
    {
        var graph = Papers.Graph(("Bridge", "We combine LoRA with model merging."), ("Other", "We use dropout."));
        var resolver = new EntityResolver(graph);
        var path = PathFinder.ShortestPath(graph, resolver.Resolve("LoRA").Node!, resolver.Resolve("model merging").Node!)!.Value;
        Assert.Equal(2, path.Length);
        Assert.Equal("Bridge", path[0].To.Name);
        Assert.Null(PathFinder.ShortestPath(graph, resolver.Resolve("LoRA").Node!, resolver.Resolve("dropout").Node!, maxHops: 2));
    }

    [Fact]
    public void One_best_connection_is_the_shortest_path_explained_with_its_papers_and_sentences()
    {
        var graph = SeedCorpus.Graph;
        var resolver = new EntityResolver(graph);
        var (lora, merging) = (resolver.Resolve("LoRA").Node!, resolver.Resolve("model merging").Node!);
        var best = Assert.Single(PathFinder.BestPaths(graph, lora, merging, new PathSearch(K: 1)));
        var shortest = PathFinder.ShortestPath(graph, lora, merging)!.Value;
        Assert.Equal(shortest.Select(hop => hop.Edge.Index), best.Hops.Select(hop => hop.Edge.Index));
        Assert.All(best.Hops.Where(hop => hop.Edge.Type != RelationType.IsA), hop => Assert.NotEmpty(hop.Evidence));
        Assert.Equal(best.Hops.Select(hop => hop.From).Concat(best.Hops.Select(hop => hop.To)).Where(node => node.IsPaper).Distinct().Count(), best.Papers.Length);
        Assert.True(best.Cost > best.Hops.Length);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    public void The_best_connection_is_the_same_for_k_1_and_the_first_of_k_3_on_random_seed_pairs(int maxHops)
    {
        var graph = SeedCorpus.Graph;
        var entities = graph.Entities.Where(node => node.PaperCount > 0).ToArray();
        var random = new Random(11);
        var found = 0;
        for (var i = 0; i < 200; i++)
        {
            var (from, to) = (entities[random.Next(entities.Length)], entities[random.Next(entities.Length)]);
            if (from == to)
            {
                continue;
            }
            var one = PathFinder.BestPaths(graph, from, to, new PathSearch(K: 1, MaxHops: maxHops));
            var three = PathFinder.BestPaths(graph, from, to, new PathSearch(K: 3, MaxHops: maxHops));
            Assert.Equal(one.IsEmpty, three.IsEmpty);
            if (one.IsEmpty)
            {
                continue;
            }
            found++;
            Assert.Equal(three[0].Hops.Select(hop => hop.Edge.Index), one[0].Hops.Select(hop => hop.Edge.Index));
            var hops = one[0].Hops;
            Assert.Same(from, hops[0].From);
            Assert.Same(to, hops[^1].To);
            for (var h = 0; h < hops.Length; h++)
            {
                Assert.True(hops[h].Edge.Other(hops[h].From) == hops[h].To, $"hop {h} does not follow its edge");
                Assert.True(PathFinder.IsExplainable(hops[h].Edge));
                if (h > 0)
                {
                    Assert.Same(hops[h - 1].To, hops[h].From);
                }
            }
        }
        Assert.True(found > 20, $"only {found} connected pairs");
    }

    [Theory]
    [InlineData(1, 8, PathVia.Papers, "")]
    [InlineData(3, 8, PathVia.Papers, "")]
    [InlineData(5, 8, PathVia.Papers, "")]
    [InlineData(3, 4, PathVia.Papers, "")]
    [InlineData(3, 8, PathVia.Papers, "technique,task")]
    [InlineData(3, 8, PathVia.Concepts, "")]
    public void The_k_connections_are_the_ones_the_weighted_copy_and_a_dijkstra_per_spur_found_on_random_seed_pairs(int k, int maxHops, PathVia via, string kinds)
    {
        // The fast search must not change which connections are best: the reference is main's algorithm before it.
        var graph = SeedCorpus.Graph;
        var search = new PathSearch(k, maxHops, via)
        {
            Kinds = [.. kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(kind => Enum.Parse<EntityKind>(kind, ignoreCase: true))],
        };
        var entities = graph.Entities.Where(node => node.PaperCount > 0).ToArray();
        var random = new Random(13);
        var compared = 0;
        for (var i = 0; i < 120; i++)
        {
            var (from, to) = (entities[random.Next(entities.Length)], entities[random.Next(entities.Length)]);
            var expected = ReferencePaths.BestPaths(graph, from, to, search);
            var actual = PathFinder.BestPaths(graph, from, to, search);
            Assert.True(
                expected.Select(path => string.Join(",", path)).SequenceEqual(actual.Select(path => string.Join(",", path.Hops.Select(hop => hop.Edge.Index)))),
                $"{from.Name} -> {to.Name}: expected [{string.Join(" | ", expected.Select(path => string.Join(",", path)))}], got [{string.Join(" | ", actual.Select(path => string.Join(",", path.Hops.Select(hop => hop.Edge.Index))))}]");
            compared += expected.IsEmpty ? 0 : 1;
        }
        Assert.True(compared > 20, $"only {compared} connected pairs");
    }

    [Fact]
    public void The_k_connections_differ_in_their_bridging_papers_and_entities()
    {
        var graph = SeedCorpus.Graph;
        var resolver = new EntityResolver(graph);
        var paths = PathFinder.BestPaths(graph, resolver.Resolve("LoRA").Node!, resolver.Resolve("model merging").Node!, new PathSearch(K: 3));
        Assert.Equal(3, paths.Length);
        for (var i = 0; i < paths.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var bridgesI = paths[i].Hops.Skip(1).Select(hop => hop.From.Id).ToHashSet();
                var bridgesJ = paths[j].Hops.Skip(1).Select(hop => hop.From.Id).ToHashSet();
                var shared = bridgesI.Intersect(bridgesJ).Count();
                Assert.True(2 * shared <= Math.Min(bridgesI.Count, bridgesJ.Count), $"connections {j + 1} and {i + 1} share {shared} of their bridges");
            }
        }
    }

    [Fact]
    public void Related_entities_stopping_early_rank_exactly_as_scoring_every_co_occurrence()
    {
        var graph = SeedCorpus.Graph;
        foreach (var node in graph.Entities.Where(node => node.PaperCount > 1))
        {
            var expected = graph.IncidentEdges(node)
                .Where(edge => edge.Type == RelationType.CoOccurs)
                .Select(edge => (Other: edge.Other(node), Shared: (int)edge.Weight, Score: Association.LocalMutualInformation((int)edge.Weight, edge.Score)))
                .OrderByDescending(item => item.Score).ThenByDescending(item => item.Shared).ThenBy(item => item.Other.Key, StringComparer.Ordinal).ThenBy(item => item.Other.Kind)
                .Take(5)
                .Select(item => item.Other.Id);
            Assert.Equal(expected, Relatedness.Of(graph, node, 5).Select(related => related.Node.Id));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(EntityKind.Technique)]
    public void Direct_neighbours_list_direct_relations_then_shared_papers_by_association_exactly_as_reading_every_edge(EntityKind? kind)
    {
        var graph = SeedCorpus.Graph;
        foreach (var node in graph.Entities)
        {
            var groups = graph.ConceptEdges(node)
                .GroupBy(edge => edge.Other(node))
                .Where(group => group.Key != node && (kind is null || group.Key.Kind == kind))
                .Select(group => (
                    Other: group.Key,
                    Direct: group.Any(edge => edge.Type != RelationType.CoOccurs),
                    Shared: group.Where(edge => edge.Type == RelationType.CoOccurs).Select(edge => (int)edge.Weight).DefaultIfEmpty(0).Max(),
                    Strength: group.Where(edge => edge.Type == RelationType.CoOccurs).Select(edge => Association.LocalMutualInformation((int)edge.Weight, edge.Score)).DefaultIfEmpty(0).Max()))
                .ToList();
            var direct = groups.Where(item => item.Direct)
                .OrderByDescending(item => item.Strength)
                .ThenBy(item => graph.ConceptEdges(node).Where(edge => edge.Other(node) == item.Other && edge.Type != RelationType.CoOccurs).Min(edge => Neighborhood.Specificity(edge.Type)))
                .ThenByDescending(item => item.Other.PaperCount)
                .ThenBy(item => item.Other.Key, StringComparer.Ordinal).ThenBy(item => item.Other.Kind)
                .Take(4);
            var shared = groups.Where(item => !item.Direct)
                .OrderByDescending(item => item.Strength).ThenByDescending(item => item.Shared)
                .ThenBy(item => item.Other.Key, StringComparer.Ordinal).ThenBy(item => item.Other.Kind)
                .Take(4);
            var expected = direct.Select(item => (item.Other.Id, item.Strength, NeighborReach.DirectRelation))
                .Concat(shared.Select(item => (item.Other.Id, item.Strength, NeighborReach.SharedPaper)));
            Assert.Equal(expected, Neighborhood.Of(graph, node, 1, 4, kind).Select(neighbor => (neighbor.Node.Id, neighbor.Strength, neighbor.Reach)));
        }
    }

    [Fact]
    public void Levenshtein_counts_edits()
    {
        Assert.Equal(2, EditDistance.Levenshtein("mixpu", "mixup"));
        Assert.Equal(0, EditDistance.Levenshtein("lora", "lora"));
    }
}
