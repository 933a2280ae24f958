using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

public sealed class MethodNameRecognizerTests
{
    [Theory]
    [InlineData("We compare [|ZorbNet|] with [|GPT-4|] and [|ResNet-50|].")]
    [InlineData("Our baseline is [|OptFS|] trained with [|wav2vec|].")]
    public void Finds_names_by_their_shape(string markup)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new MethodNameRecognizer(), markup, lexicon: EntityLexicon.Empty);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Method));
    }

    [Theory]
    [InlineData("It runs at 3.8B parameters, 195x faster, in 2.5D with 1MB.")]
    [InlineData("We report mAP, PSNR and AP50 on GPUs.")]
    [InlineData("A model that is Training-frEE and BAlaNced (TEEN) in spirit.")]
    public void Quantities_metrics_and_spelled_out_acronym_words_are_not_names(string text)
    {
        var (_, reported, _) = RecognizerHarness.Run(new MethodNameRecognizer(), text, lexicon: EntityLexicon.Empty);
        var names = reported.Select(candidate => text.Substring(candidate.Span.Start, candidate.Span.Length)).ToList();
        Assert.DoesNotContain(names, name => name is "3.8B" or "195x" or "2.5D" or "1MB" or "mAP" or "PSNR" or "AP50" or "GPUs" or "frEE" or "Training-frEE" or "BAlaNced");
    }

    [Theory]
    [InlineData("In this paper, we propose [|Hydra|], a simple model.", MethodRole.Proposed)]
    [InlineData("We introduce [|Iterative Feature Merging|] for fusion.", MethodRole.Proposed)]
    [InlineData("The proposed [|ZorbNet|] architecture wins.", MethodRole.Proposed)]
    [InlineData("We build our model on [|ZorbNet|] features.", MethodRole.Used)]
    [InlineData("Our method outperforms [|ZorbNet|] by far.", MethodRole.Used)]
    public void Role_follows_the_proposal_cue(string markup, MethodRole role)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new MethodNameRecognizer(), markup, lexicon: EntityLexicon.Empty);
        var candidate = Assert.Single(reported, c => c.Span == expected[0]);
        Assert.Equal(role, candidate.Role);
    }

    [Fact]
    public void A_title_name_before_a_colon_is_proposed()
    {
        var (_, reported, _) = RecognizerHarness.Run(new MethodNameRecognizer(), "It fuses filters.", title: "MMFusion: Combining Image Forensic Filters", lexicon: EntityLexicon.Empty);
        var candidate = Assert.Single(reported);
        Assert.Equal(MethodRole.Proposed, candidate.Role);
        Assert.Equal(new PaperGraph.Text.TextSpan(0, 8), candidate.Span);
    }
}
