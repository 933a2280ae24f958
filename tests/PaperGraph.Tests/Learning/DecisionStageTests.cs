using PaperGraph.Binding;
using PaperGraph.Extraction;
using PaperGraph.Learning;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Learning;

/// <summary>The shipped model's decision stage on whole papers.</summary>
public sealed class DecisionStageTests
{
    private static readonly Extractor Shipped = new(LexiconLoader.BuiltIn, model: ExtractionModel.BuiltIn);

    [Fact]
    public void One_surface_form_gets_one_kind_in_a_paper()
    {
        var paper = Shipped.Extract(Papers.Make("PebbleBench: Measuring Spatial Reasoning",
            "We introduce PebbleBench, a suite of spatial puzzles. Models tested on PebbleBench fail often. PebbleBench is public."));
        var kinds = paper.Entities.Where(entity => entity.Key == "pebblebench").Select(entity => entity.Kind).Distinct().ToList();
        Assert.Single(kinds);
    }

    [Fact]
    public void An_acronym_and_its_long_form_are_one_entity_of_one_kind()
    {
        var paper = Shipped.Extract(Papers.Make("A study", "We propose Lattice Prior Fusion (LAPF) for depth completion. LAPF is fast."));
        var entity = Assert.Single(paper.Entities, entity => entity.SurfaceForms.Contains("LAPF"));
        Assert.Contains("Lattice Prior Fusion", entity.SurfaceForms);
    }

    [Fact]
    public void Curated_lexicon_entries_keep_their_kind_through_the_decision_stage()
    {
        var paper = Shipped.Extract(Papers.Make("Augment One", "We train with mixup and CutMix on CIFAR-10."));
        Assert.Contains(paper.Entities, entity => entity.Key == "mixup" && entity.Kind == EntityKind.Technique);
        Assert.Contains(paper.Entities, entity => entity.Key == "cutmix" && entity.Kind == EntityKind.Technique);
        Assert.Contains(paper.Entities, entity => entity.Kind == EntityKind.Dataset && entity.Name == "CIFAR-10");
    }

    [Fact]
    public void The_full_versioned_name_is_kept_rather_than_its_family()
    {
        var paper = Shipped.Extract(Papers.Make("A study of detectors", "We compare our detector with YOLOv8-L and Halcyon-2.1 on COCO."));
        Assert.DoesNotContain(paper.Entities, entity => entity.Name == "Halcyon");
    }
}
