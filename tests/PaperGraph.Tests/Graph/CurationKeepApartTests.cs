using PaperGraph.Curation;
using PaperGraph.Graph;
using PaperGraph.Graph.Building;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Graph;

/// <summary>A keep-apart decision stops the builder's acronym and long-form merge across papers.</summary>
public sealed class CurationKeepApartTests
{
    private static readonly (string, string)[] ZebraPapers =
    [
        ("One", "A novel zebra fusion network (ZFNet) is proposed."),
        ("Two", "In this paper, we propose Zebra Fusion Network for fusion."),
    ];

    private static KnowledgeGraph Build(params CurationDecision[] decisions)
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn) { Curation = [.. decisions] };
        foreach (var (title, abstractText) in ZebraPapers)
        {
            builder.Add(Papers.Extract(title, abstractText));
        }
        return builder.Build();
    }

    [Fact]
    public void Keep_apart_stops_the_acronym_and_long_form_merge_and_says_so()
    {
        var merged = Build();
        var merge = Assert.Single(merged.Merges, merge => merge.Reason == "acronym and long form");
        Assert.Equal(("zebra fusion network", "zfnet"), (merge.Key, merge.MergedKey));
        var decision = new CurationDecision(CurationDecisionKind.KeepApart, [EntityReference.Parse("ZFNet"), EntityReference.Parse("Zebra Fusion Network")], "curation.yaml", 4);

        var kept = Build(decision);
        Assert.DoesNotContain(kept.Merges, m => m.Reason == "acronym and long form");
        Assert.True(kept.TryGetNode(EntityKind.Method, merge.Key, out var longForm));
        Assert.True(kept.TryGetNode(EntityKind.Method, merge.MergedKey, out var acronym));
        Assert.Equal(1, longForm.PaperCount);
        var record = Assert.Single(kept.Curation);
        Assert.Equal("curation.yaml line 4", record.Source);
        Assert.True(record.IsAbout(longForm) && record.IsAbout(acronym));
        Assert.EndsWith("(the builder would have merged them: acronym and long form)", record.Detail);
    }

    [Fact]
    public void A_merge_of_a_pair_kept_apart_is_a_conflict_with_its_line()
    {
        var graph = Build(
            new CurationDecision(CurationDecisionKind.KeepApart, [EntityReference.Parse("ZFNet"), EntityReference.Parse("Zebra Fusion Network")], "curation.yaml", 1),
            new CurationDecision(CurationDecisionKind.Merge, [EntityReference.Parse("ZFNet"), EntityReference.Parse("Zebra Fusion Network")], "curation.yaml", 2));
        var conflict = Assert.Single(graph.Diagnostics, d => d.Id == "PG2106");
        Assert.Equal(2, conflict.Location.Line);
        Assert.Contains("curation.yaml line 1 keeps them apart", conflict.Message);
        Assert.Equal(CurationDecisionKind.KeepApart, Assert.Single(graph.Curation).Decision);
    }
}
