using PaperGraph.Syntax;

namespace PaperGraph.Tests.Syntax;

public sealed class TokenizerTests
{
    private static List<string> Texts(string text) => Tokenizer.Tokenize(text).Select(token => text.Substring(token.Span.Start, token.Span.Length)).ToList();

    [Fact]
    public void Hyphens_are_separate_tokens_joined_to_their_neighbours()
    {
        var text = "low-rank adaptation";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["low", "-", "rank", "adaptation"], Texts(text));
        Assert.True(tokens[1].IsJoinedToPrevious);
        Assert.True(tokens[2].IsJoinedToPrevious);
        Assert.False(tokens[3].IsJoinedToPrevious);
    }

    [Fact]
    public void Decimals_stay_one_number_token_but_sentence_periods_do_not()
    {
        Assert.Equal(["wav2vec", "2.0", "works", "."], Texts("wav2vec 2.0 works."));
    }

    [Fact]
    public void Possessive_s_is_split_from_the_name()
    {
        Assert.Equal(["CLIP", "'", "s", "features"], Texts("CLIP's features"));
    }

    [Fact]
    public void Tokens_cover_every_non_space_character_exactly_once()
    {
        var text = "MMFusion (v2) reaches 91.3% mAP on CASIA-v1, e.g. in 3D.";
        var covered = new bool[text.Length];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                Assert.False(covered[i]);
                covered[i] = true;
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(!char.IsWhiteSpace(text[i]), covered[i]);
        }
    }
}
