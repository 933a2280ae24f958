using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

/// <summary>The recognizers that propose every plausible extent for the decision stage.</summary>
public sealed class CandidateExtentRecognizerTests
{
    private static List<string> Texts(Recognizer recognizer, string text, EntityKind kind, bool decided = true)
    {
        var document = Document.Parse(Papers.Make("A title", text));
        var context = new RecognitionContext(document, EntityLexicon.Empty, AcronymDetector.Detect(document)) { IsDecided = decided };
        recognizer.Recognize(context);
        return context.Candidates.Where(candidate => candidate.Kind == kind && candidate.Field == DocumentField.Abstract)
            .Select(candidate => candidate.Name ?? text.Substring(candidate.Span.Start, candidate.Span.Length)).ToList();
    }

    [Theory]
    [InlineData("We compare against Halcyon-2.1 here.", "Halcyon-2.1")]
    [InlineData("Results on BLIP3-o improve.", "BLIP3-o")]
    [InlineData("We evaluate on NAVSIM v2 closely.", "NAVSIM v2")]
    [InlineData("We fine-tune mT5-base quickly.", "mT5-base")]
    [InlineData("We release OrchardSet-3K today.", "OrchardSet-3K")]
    [InlineData("It uses the Proposal Decoder module.", "Proposal Decoder")]
    public void Names_are_proposed_with_their_versions_and_joined_pieces(string text, string whole) =>
        Assert.Contains(whole, Texts(new NameVariantRecognizer(), text, EntityKind.Method));

    [Fact]
    public void Task_phrases_are_proposed_at_every_extent()
    {
        var texts = Texts(new HeadPhraseRecognizer(), "We study low-light lane marking detection in cities.", EntityKind.Task);
        Assert.Contains("detection", texts);
        Assert.Contains("lane marking detection", texts);
        Assert.Contains("low-light lane marking detection", texts);
        Assert.DoesNotContain("study low-light lane marking detection", texts);
    }

    [Fact]
    public void A_coordination_of_modifiers_names_each_member_with_the_head()
    {
        var texts = Texts(new CoordinationRecognizer(), "We address image and video deblurring, and edge, corner and blob detection.", EntityKind.Task);
        Assert.Contains("image deblurring", texts);
        Assert.Contains("edge detection", texts);
        Assert.Contains("corner detection", texts);
    }

    [Fact]
    public void Names_joined_by_and_are_not_a_coordination_of_modifiers() =>
        Assert.Empty(Texts(new CoordinationRecognizer(), "We study LoRA and prompt tuning.", EntityKind.Technique));

    [Fact]
    public void Without_a_decision_stage_the_extent_recognizers_propose_nothing()
    {
        Assert.Empty(Texts(new HeadPhraseRecognizer(), "We study lane marking detection.", EntityKind.Task, decided: false));
        Assert.Empty(Texts(new NameVariantRecognizer(), "We compare against Halcyon-2.1 here.", EntityKind.Method, decided: false));
        Assert.Empty(Texts(new CoordinationRecognizer(), "We address image and video deblurring.", EntityKind.Task, decided: false));
    }
}
