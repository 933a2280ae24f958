using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

public sealed class TaskAndAcronymRecognizerTests
{
    [Theory]
    [InlineData("A new model for [|image manipulation localization|] is built.")]
    [InlineData("We address the task of [|click-through rate prediction|] at scale.")]
    [InlineData("Strong baselines on [|nighttime semantic segmentation|] tasks.")]
    public void Task_phrases_end_in_a_task_head_and_need_a_cue(string markup)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new TaskPatternRecognizer(), markup, lexicon: EntityLexicon.Empty);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, EntityKind.Task));
    }

    [Theory]
    [InlineData("Detection is hard.")]
    [InlineData("The two distinct classification heads produce stronger generation.")]
    public void Bare_heads_and_verb_phrases_are_not_tasks(string text)
    {
        var (_, reported, _) = RecognizerHarness.Run(new TaskPatternRecognizer(), text, lexicon: EntityLexicon.Empty);
        Assert.Empty(reported);
    }

    [Theory]
    [InlineData("A novel [|context aggregation network|] ([|CATNet|]) is proposed.", EntityKind.Method)]
    [InlineData("We study [|image manipulation localization and detection|] ([|IMLD|]).", EntityKind.Task)]
    [InlineData("We apply [|sparse spectral training|] ([|SST|]) to models.", EntityKind.Technique)]
    public void Acronym_definitions_are_typed_by_the_head_of_their_long_form(string markup, EntityKind kind)
    {
        var (expected, reported, _) = RecognizerHarness.Run(new AcronymDefinitionRecognizer(), markup, lexicon: EntityLexicon.Empty);
        Assert.Equal(expected, RecognizerHarness.SpansOf(reported, kind));
    }

    [Fact]
    public void Model_classes_defined_as_acronyms_are_not_named_methods()
    {
        var (_, reported, _) = RecognizerHarness.Run(new AcronymDefinitionRecognizer(), "We train deep neural networks (DNNs) here.", lexicon: EntityLexicon.Empty);
        Assert.Empty(reported);
    }

    [Fact]
    public void Named_sub_modules_of_the_proposed_method_are_proposed()
    {
        var (_, reported, text) = RecognizerHarness.Run(new AcronymDefinitionRecognizer(),
            "The proposed model exploits two modules, namely dense feature pyramid network (DenseFPN) and spatial context pyramid (SCP).",
            lexicon: EntityLexicon.Empty);
        var names = reported.Where(c => c.Role == MethodRole.Proposed).Select(c => text.Substring(c.Span.Start, c.Span.Length)).ToList();
        Assert.Contains("DenseFPN", names);
        Assert.Contains("SCP", names);
    }
}
