using PaperGraph.Binding;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Binding;

public sealed class StatedRelationsTests
{
    private static List<(StatedRelationKind Kind, string Source, string Target, string Text)> Relations(string title, string abstractText) =>
        Papers.Extract(title, abstractText).Relations.Select(relation => (relation.Kind, relation.SourceKey, relation.TargetKey, relation.Text)).ToList();

    [Fact]
    public void Named_modules_after_namely_are_parts_of_the_proposed_method()
    {
        var relations = Relations(
            "Learning to Aggregate Multi-Scale Context for Instance Segmentation",
            "A novel context aggregation network (CATNet) is proposed. The proposed model exploits three modules, namely dense feature pyramid network (DenseFPN), spatial context pyramid (SCP), and hierarchical region of interest extractor (HRoIE).");
        var parts = relations.Where(relation => relation.Kind == StatedRelationKind.PartOf).ToList();
        Assert.Equal(["densefpn", "scp", "hroie"], parts.Select(part => part.Source));
        Assert.All(parts, part => Assert.Equal("catnet", part.Target));
    }

    [Fact]
    public void A_method_named_after_namely_alone_is_not_a_part()
    {
        var relations = Relations("Title", "We propose a new framework, namely ZorbNet, for image classification.");
        Assert.DoesNotContain(relations, relation => relation.Kind == StatedRelationKind.PartOf);
    }

    [Fact]
    public void Outperforms_compares_the_proposed_method_with_every_item_of_the_list()
    {
        var relations = Relations("ZorbNet: Fast Tuning", "We propose ZorbNet. Our method outperforms strong baselines such as LoRA and prompt tuning on GLUE.");
        var compared = relations.Where(relation => relation.Kind == StatedRelationKind.ComparedWith).ToList();
        Assert.Equal(["lora", "prompt tuning"], compared.Select(relation => relation.Target));
        Assert.All(compared, relation => Assert.Equal("zorbnet", relation.Source));
        Assert.Equal("outperforms strong baselines such as LoRA", compared[0].Text);
    }

    [Theory]
    [InlineData("ZorbNet builds on LoRA to merge adapters.", "builds on LoRA")]
    [InlineData("ZorbNet extends knowledge distillation to many teachers.", "extends knowledge distillation")]
    [InlineData("ZorbNet is based on mixup.", "based on mixup")]
    public void Builds_on_extends_and_based_on_are_extensions(string sentence, string text)
    {
        var relations = Relations("ZorbNet: A Method", "We propose ZorbNet. " + sentence);
        var extension = Assert.Single(relations, relation => relation.Kind == StatedRelationKind.Extends);
        Assert.Equal("zorbnet", extension.Source);
        Assert.Equal(text, extension.Text);
    }

    [Fact]
    public void A_background_comparison_not_about_the_paper_is_not_a_relation()
    {
        var relations = Relations("ZorbNet: A Method", "Vision transformers have outperformed CNNs on many tasks. We propose ZorbNet for detection.");
        Assert.DoesNotContain(relations, relation => relation.Kind == StatedRelationKind.ComparedWith);
    }

    [Fact]
    public void A_paper_that_proposes_nothing_states_no_comparison()
    {
        var relations = Relations("A Survey", "We find that LoRA outperforms prompt tuning in our study.");
        Assert.Empty(relations);
    }
}
