using PaperGraph.Binding;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Binding;

public sealed class BinderTests
{
    [Theory]
    [InlineData("MixUp", "mixup")]
    [InlineData("Mixups", "mixup")]
    [InlineData("Low-Rank Adaptation", "low rank adaptation")]
    [InlineData("CIFAR-10", "cifar 10")]
    [InlineData("data", "data")]
    [InlineData("diffusion models", "diffusion model")]
    public void Canonical_keys_fold_case_punctuation_and_plural(string surface, string key)
    {
        Assert.Equal(key, EntityKey.From(surface));
    }

    [Fact]
    public void MixUp_mixup_and_Mixup_are_one_technique()
    {
        var paper = Papers.Extract("MixUp for Robustness", "We study mixup. Mixup is simple.");
        var entity = Assert.Single(paper.Entities, e => e.Kind == EntityKind.Technique && e.Key == "mixup");
        Assert.Equal(3, entity.Mentions.Length);
    }

    [Fact]
    public void An_acronym_is_bound_to_its_long_form_when_defined_in_parentheses()
    {
        var paper = Papers.Extract("Tuning", "We use Low-Rank Adaptation (LoRA). LoRA is cheap.");
        var entity = Assert.Single(paper.Entities, e => e.Kind == EntityKind.Technique);
        Assert.Equal("lora", entity.Key);
        Assert.Equal("Low-Rank Adaptation", entity.LongForm);
        Assert.Equal(3, entity.Mentions.Length);
    }

    [Fact]
    public void An_ambiguous_acronym_follows_the_papers_own_definition()
    {
        var adaptation = Papers.Extract("Shift", "We study test-time adaptation (TTA). TTA updates the model.");
        var augmentation = Papers.Extract("Views", "We study test-time augmentation (TTA). TTA averages views.");
        Assert.Contains(adaptation.Entities, e => e.Key == "test time adaptation" && e.Mentions.Length == 3);
        Assert.Contains(augmentation.Entities, e => e.Key == "test time augmentation" && e.Mentions.Length == 3);
    }

    [Fact]
    public void An_undefined_ambiguous_acronym_is_left_out_with_PG3001()
    {
        var paper = Papers.Extract("Inference", "We apply TTA at inference.");
        Assert.DoesNotContain(paper.Entities, e => e.Mentions.Any(m => m.Text == "TTA"));
        Assert.Contains(paper.Diagnostics, d => d.Id == "PG3001");
    }

    [Fact]
    public void A_papers_own_definition_overrides_a_lexicon_acronym()
    {
        // The lexicon knows SST as a dataset; this paper defines it as its own technique.
        var paper = Papers.Extract("Training", "We propose sparse spectral training (SST). SST saves memory.");
        Assert.DoesNotContain(paper.Entities, e => e.Kind == EntityKind.Dataset);
        Assert.Contains(paper.Entities, e => e.Name == "SST" && e.LongForm == "sparse spectral training");
    }

    [Fact]
    public void A_generic_term_mentioned_once_in_passing_is_left_out_but_counts_when_central()
    {
        var passing = Papers.Extract("Robust Zorb Models", "We propose Zorb. Unlike fine-tuning, it needs no labels, and it uses mixup.");
        Assert.DoesNotContain(passing.Entities, e => e.Key == "fine tuning");
        Assert.Contains(passing.Entities, e => e.Key == "mixup");
        var central = Papers.Extract("Efficient Fine-Tuning of Zorb Models", "We study fine-tuning.");
        Assert.Contains(central.Entities, e => e.Key == "fine tuning");
    }

    [Fact]
    public void A_name_found_once_by_a_pattern_is_found_everywhere_in_the_paper()
    {
        var paper = Papers.Extract("Data", "We release the Zorp-9 dataset. Zorp-9 has images. Models on Zorp-9 fail.");
        var entity = Assert.Single(paper.Entities, e => e.Kind == EntityKind.Dataset);
        Assert.Equal(3, entity.Mentions.Length);
    }

    [Fact]
    public void The_proposed_method_and_its_named_sub_modules_are_proposed()
    {
        var paper = Papers.Extract(
            "Learning to Aggregate Multi-Scale Context for Instance Segmentation",
            "A novel context aggregation network (CATNet) is proposed. The proposed model exploits three modules, namely dense feature pyramid network (DenseFPN), spatial context pyramid (SCP), and hierarchical region of interest extractor (HRoIE).");
        var proposed = paper.Entities.Where(e => e.Role == MethodRole.Proposed).Select(e => e.Name).ToList();
        Assert.Equal(["CATNet", "DenseFPN", "SCP", "HRoIE"], proposed);
        Assert.Contains(paper.Entities, e => e.Kind == EntityKind.Task && e.Key == "instance segmentation");
    }
}
