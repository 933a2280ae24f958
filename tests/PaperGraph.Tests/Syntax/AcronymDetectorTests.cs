using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Syntax;

public sealed class AcronymDetectorTests
{
    private static AcronymDefinition Single(string abstractText)
    {
        var definitions = AcronymDetector.Detect(Document.Parse(Papers.Make("T", abstractText)));
        return Assert.Single(definitions);
    }

    [Theory]
    [InlineData("We build on Low-Rank Adaptation (LoRA) for tuning.", "LoRA", "Low-Rank Adaptation")]
    [InlineData("We study test-time adaptation (TTA) under shift.", "TTA", "test-time adaptation")]
    [InlineData("a novel context aggregation network (CATNet) is proposed.", "CATNet", "context aggregation network")]
    [InlineData("Text-to-image person re-identification (TIReID) is a compelling topic.", "TIReID", "Text-to-image person re-identification")]
    [InlineData("We adapt weights (LoRA; low-rank adaptation) cheaply.", "LoRA", "low-rank adaptation")]
    [InlineData("We use LoRA (low-rank adaptation) for tuning.", "LoRA", "low-rank adaptation")]
    public void Finds_the_definition_in_each_layout(string abstractText, string shortForm, string longForm)
    {
        var definition = Single(abstractText);
        Assert.Equal(shortForm, definition.ShortForm);
        Assert.Equal(longForm, definition.LongForm);
        var text = Document.Parse(Papers.Make("T", abstractText)).Abstract.Text;
        Assert.Equal(shortForm, text.ToString(definition.ShortSpan));
        Assert.Equal(longForm, text.ToString(definition.LongSpan));
    }

    [Theory]
    [InlineData("The accuracy improves (see below) a lot.")]
    [InlineData("Results (Table 2) are strong.")]
    [InlineData("We use a model (ours) here.")]
    public void Parentheses_that_define_nothing_are_ignored(string abstractText)
    {
        Assert.Empty(AcronymDetector.Detect(Document.Parse(Papers.Make("T", abstractText))));
    }

    [Fact]
    public void Schwartz_Hearst_requires_the_first_letter_at_a_word_start()
    {
        Assert.Null(AcronymDetector.BestLongForm("XYZ", "an unrelated phrase"));
        Assert.Equal(0, AcronymDetector.BestLongForm("HMM", "hidden Markov model"));
    }
}
