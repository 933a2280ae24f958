using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

public sealed class LexiconRecognizerTests
{
    [Theory]
    [InlineData("We fine-tune with [|LoRA|] and compare to [|knowledge distillation|].")]
    [InlineData("Augmentations such as [|mixup|], [|MixUp|] and [|Mixup|] help.")]
    [InlineData("[|Test-time adaptation|] and [|model merging|] are studied.")]
    [InlineData("We rely on [|contrastive learning|] with [|low-rank adaptation|].")]
    [InlineData("Plural and hyphen variants: [|model-merging|] and [|low rank adaptations|].")]
    public void Finds_curated_techniques_in_any_casing_hyphenation_or_number(string markup)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new LexiconRecognizer(), markup);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Technique));
    }

    [Fact]
    public void Longest_match_wins_so_a_phrase_is_not_split_into_its_words()
    {
        var (_, reported, text) = RecognizerHarness.Run(new LexiconRecognizer(), "We use parameter-efficient fine-tuning.");
        var first = RecognizerHarness.SpansOf(reported, EntityKind.Technique).First();
        Assert.Equal("parameter-efficient fine-tuning", text.Substring(first.Start, first.Length));
    }

    [Fact]
    public void Acronyms_match_case_sensitively()
    {
        var (_, reported, _) = RecognizerHarness.Run(new LexiconRecognizer(), "The lora of the forest.");
        Assert.DoesNotContain(reported, candidate => candidate.Kind == EntityKind.Technique);
    }

    [Fact]
    public void Ambiguous_acronyms_report_every_sense_for_the_binder_to_choose()
    {
        var (_, reported, _) = RecognizerHarness.Run(new LexiconRecognizer(), "We apply TTA at inference.");
        var candidate = Assert.Single(reported, c => c.Kind == EntityKind.Technique);
        Assert.True(candidate.Entries.Length >= 2);
    }

    [Theory]
    [InlineData("Results on [|CIFAR-10|], [|ImageNet|] and [|COCO|] confirm it.")]
    [InlineData("We evaluate on [|GLUE|] and [|SQuAD|].")]
    public void Finds_curated_datasets(string markup)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new LexiconRecognizer(), markup);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Dataset));
    }
}
