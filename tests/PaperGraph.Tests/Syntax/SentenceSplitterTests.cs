using PaperGraph.Syntax;

namespace PaperGraph.Tests.Syntax;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(span => text.Substring(span.Start, span.Length)).ToList();

    [Fact]
    public void Splits_at_periods_followed_by_a_capital()
    {
        Assert.Equal(["We propose X.", "It works well."], Split("We propose X. It works well."));
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["Methods such as mixup, e.g. MixUp by Zhang et al. are simple and reach 91.5 points.", "Next."],
            Split("Methods such as mixup, e.g. MixUp by Zhang et al. are simple and reach 91.5 points. Next."));
    }

    [Fact]
    public void A_lower_case_continuation_is_not_a_new_sentence()
    {
        Assert.Single(Split("The gain is 3.1 vs. the baseline. and more"));
    }

    [Fact]
    public void Document_numbers_the_title_sentence_zero_and_abstract_sentences_from_one()
    {
        var document = Document.Parse(TestSupport.Papers.Make("A Title: Sub", "First sentence. Second sentence."));
        Assert.Equal([0, 1, 2], document.Sentences.Select(sentence => sentence.Index));
        Assert.Equal("Second sentence.", document.GetSentenceText(2));
        Assert.Equal(DocumentField.Title, document.Sentences[0].Field);
    }

    [Fact]
    public void Every_position_of_the_abstract_finds_the_sentence_that_holds_it()
    {
        var document = Document.Parse(TestSupport.Papers.Make("T", "One short. Two is longer here. Three ends it. Four"));
        var section = document.Abstract;
        Assert.True(section.Sentences.Length >= 3);
        for (var position = 0; position < section.Text.Text.Length; position++)
        {
            var expected = section.Sentences.FirstOrDefault(sentence => position < sentence.Span.End) ?? section.Sentences[^1];
            Assert.Equal(expected, section.SentenceAt(position));
        }
    }

    [Fact]
    public void Every_position_finds_the_first_token_that_starts_at_or_after_it()
    {
        var document = Document.Parse(TestSupport.Papers.Make("T", "We fine-tune  LoRA (low-rank adaptation) on GLUE."));
        var section = document.Abstract;
        for (var position = 0; position <= section.Text.Text.Length + 1; position++)
        {
            var expected = Enumerable.Range(0, section.Tokens.Length).FirstOrDefault(i => section.Tokens[i].Span.Start >= position, section.Tokens.Length);
            Assert.Equal(expected, section.FirstTokenStartingAtOrAfter(position));
        }
    }
}
