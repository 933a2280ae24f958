using PaperGraph.Binding;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;
using PaperGraph.Text;

namespace PaperGraph.Tests.Binding;

public sealed class JunkFilterTests
{
    [Theory]
    [InlineData("77.9%(+2.1%)", EntityKind.Dataset, nameof(JunkReason.Number))]
    [InlineData("(77.9", EntityKind.Dataset, nameof(JunkReason.Fragment))]
    [InlineData("77.9%", EntityKind.Dataset, nameof(JunkReason.Number))]
    [InlineData("7.5", EntityKind.Dataset, nameof(JunkReason.Number))]
    [InlineData("3x", EntityKind.Method, nameof(JunkReason.Number))]
    [InlineData("FVD-3", EntityKind.Method, nameof(JunkReason.Metric))]
    [InlineData("ROC-AUC", EntityKind.Method, nameof(JunkReason.Metric))]
    [InlineData("PSNR", EntityKind.Dataset, nameof(JunkReason.Metric))]
    [InlineData("H100", EntityKind.Method, nameof(JunkReason.Hardware))]
    [InlineData("RTX 4090", EntityKind.Dataset, nameof(JunkReason.Hardware))]
    [InlineData("GPUs", EntityKind.Method, nameof(JunkReason.Hardware))]
    [InlineData("OpenAI", EntityKind.Method, nameof(JunkReason.Organisation))]
    [InlineData("Stanford", EntityKind.Dataset, nameof(JunkReason.Organisation))]
    [InlineData("Smith24a", EntityKind.Method, nameof(JunkReason.CitationKey))]
    [InlineData("Vaswani2017", EntityKind.Method, nameof(JunkReason.CitationKey))]
    [InlineData(") and datasets", EntityKind.Dataset, nameof(JunkReason.Fragment))]
    [InlineData("improve coherent planning", EntityKind.Task, nameof(JunkReason.VerbPhrase))]
    // The reason is named, not typed: JunkReason is internal to the binder, and a test method's parameters are public.
    public void Closed_classes_of_non_entities_are_junk_with_their_reason(string text, EntityKind kind, string reason) =>
        Assert.Equal(Enum.Parse<JunkReason>(reason), JunkFilter.Classify(kind, text));

    [Theory]
    [InlineData("CIFAR-10", EntityKind.Dataset)]
    [InlineData("GPT-4", EntityKind.Method)]
    [InlineData("ResNet-50", EntityKind.Method)]
    [InlineData("T5", EntityKind.Method)]
    [InlineData("semantic segmentation", EntityKind.Task)]
    [InlineData("Tanks&Temples", EntityKind.Dataset)]
    [InlineData("A100-trained detector", EntityKind.Method)]
    [InlineData("Llama-3", EntityKind.Method)]
    public void Real_names_are_not_junk(string text, EntityKind kind) =>
        Assert.Equal(JunkReason.None, JunkFilter.Classify(kind, text));

    [Fact]
    public void A_title_word_the_abstract_writes_in_lower_case_is_not_a_method_name()
    {
        var document = Document.Parse(Papers.Make("Boundaries Matter", "We show that boundaries matter for segmentation."));
        var candidate = new EntityCandidate(EntityKind.Method, DocumentField.Title, new TextSpan(0, 10), "test", CandidateStrength.Weak, [], MethodRole.Proposed);
        Assert.Equal(JunkReason.CommonWord, JunkFilter.Classify(document, candidate, "Boundaries"));
    }

    [Fact]
    public void A_piece_cut_from_a_hyphenated_word_is_not_a_name()
    {
        var document = Document.Parse(Papers.Make("A title", "Multi-Agent systems coordinate."));
        var candidate = new EntityCandidate(EntityKind.Method, DocumentField.Abstract, new TextSpan(0, 5), "test", CandidateStrength.Weak, []);
        Assert.Equal(JunkReason.CommonWord, JunkFilter.Classify(document, candidate, "Multi"));
    }

    [Fact]
    public void Extraction_drops_junk_the_recognizers_proposed()
    {
        var paper = Papers.Extract("A title", "We train on the H100 dataset and report 77.9% on the FID benchmark.");
        Assert.DoesNotContain(paper.Entities, entity => entity.Name is "H100" or "77.9%" or "FID");
    }
}
