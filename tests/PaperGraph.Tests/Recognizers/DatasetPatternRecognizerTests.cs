using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

public sealed class DatasetPatternRecognizerTests
{
    [Theory]
    [InlineData("We release the [|FooBar-5k|] dataset for this task.")]
    [InlineData("Results on the [|Zeta Forensics|] benchmark are strong.")]
    [InlineData("We use datasets such as [|AlphaSet|], [|BetaSet|] and [|GammaSet|].")]
    [InlineData("Experiments on [|QuuxNet-2|] and [|ZorpSet|] show gains.")]
    [InlineData("It reaches 41.2 mAP on [|NightVisionX|], beating prior work.")]
    public void Finds_unlisted_datasets_from_context(string markup)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new DatasetPatternRecognizer(), markup, lexicon: EntityLexicon.Empty);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Dataset));
    }

    [Fact]
    public void Names_listed_with_a_known_dataset_are_datasets_too()
    {
        var (expected, reported, _) = RecognizerHarness.Run(new DatasetPatternRecognizer(), "Trained with CIFAR-10, [|Wobble-9k|] and [|ZedSet|] images.");
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Dataset));
    }

    [Theory]
    [InlineData("We collect several public datasets for training.")]
    [InlineData("Extensive experiments on three datasets show the gains.")]
    public void Generic_dataset_phrases_are_not_datasets(string text)
    {
        var (_, reported, _) = RecognizerHarness.Run(new DatasetPatternRecognizer(), text, lexicon: EntityLexicon.Empty);
        Assert.Empty(reported);
    }
}
