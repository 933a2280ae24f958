using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Recognizers;

public sealed class TitleTaskRecognizerTests
{
    private static List<string> TitleTasks(string title)
    {
        var (_, reported, _) = RecognizerHarness.Run(new TitleTaskRecognizer(), "Body.", title: title, lexicon: EntityLexicon.Empty);
        return reported.Where(c => c.Kind == EntityKind.Task && c.Field == DocumentField.Title)
            .Select(c => title.Substring(c.Span.Start, c.Span.Length)).ToList();
    }

    [Theory]
    [InlineData("Few-Shot Class-Incremental Learning via Training-Free Prototype Calibration", "Few-Shot Class-Incremental Learning")]
    [InlineData("Geographic Location Encoding with Spherical Harmonics", "Geographic Location Encoding")]
    [InlineData("Concrete Subspace Learning based Interference Elimination for Multi-task Model Fusion", "Multi-task Model Fusion")]
    [InlineData("Zorb: Identity-preserved Personalization via Decoupling", "Identity-preserved Personalization")]
    [InlineData("Towards Scalable Exact Machine Unlearning Using Adapters", "Exact Machine Unlearning")]
    public void The_goal_phrase_of_a_title_is_a_task(string title, string task)
    {
        Assert.Contains(task, TitleTasks(title));
    }

    [Theory]
    [InlineData("Learning to Aggregate Context with Attention")]
    [InlineData("Rethinking Positive Pairs in Contrastive Learning")]
    [InlineData("It Takes Two to Tango")]
    public void Titles_that_start_with_a_verb_or_state_no_problem_give_no_lead_task(string title)
    {
        Assert.DoesNotContain(TitleTasks(title), task => title.StartsWith(task, StringComparison.Ordinal));
    }

    [Fact]
    public void A_goal_stated_in_the_title_is_a_task_even_when_the_lexicon_knows_it_as_a_technique()
    {
        var paper = Papers.Extract("Few-Shot Learning via Prototype Calibration", "We study few-shot learning with prototypes.");
        Assert.Contains(paper.Entities, e => e.Kind == EntityKind.Task && e.Key == "few shot learning");
    }

    [Fact]
    public void A_contribution_named_with_its_own_acronym_is_a_proposed_method_whatever_its_head()
    {
        var paper = Papers.Extract("Outliers", "We propose adjustable probabilistic reconstruction error (APRE) for scoring.");
        var method = Assert.Single(paper.Entities, e => e.Kind == EntityKind.Method);
        Assert.Equal("APRE", method.Name);
        Assert.Equal(MethodRole.Proposed, method.Role);
    }

    [Fact]
    public void A_known_model_keeps_its_variant_suffix()
    {
        var paper = Papers.Extract("Backbones", "We train ResNet-32 and Swin-T backbones.");
        Assert.Contains(paper.Entities, e => e.Kind == EntityKind.Method && e.Mentions.Any(m => m.Text == "ResNet-32"));
    }
}
