using System.Collections.Immutable;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>One field of a paper (title or abstract): its text, tokens and sentences.</summary>
internal sealed class DocumentSection
{
    private readonly string[] _tokenTexts;
    private readonly int[] _sentenceOfToken;

    internal DocumentSection(DocumentField field, SourceText text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Field = field;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        // Recognizers look at token texts and sentences many times per token: compute both once.
        _tokenTexts = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            _tokenTexts[i] = text.ToString(tokens[i].Span);
        }
        _sentenceOfToken = new int[tokens.Length];
        var sentenceIndex = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (sentenceIndex < sentences.Length - 1 && i >= sentences[sentenceIndex].FirstToken + sentences[sentenceIndex].TokenCount)
            {
                sentenceIndex++;
            }
            _sentenceOfToken[i] = sentenceIndex;
        }
    }

    public DocumentField Field { get; }
    public SourceText Text { get; }
    public ImmutableArray<Token> Tokens { get; }
    public ImmutableArray<Sentence> Sentences { get; }

    public string GetText(Token token) => Text.ToString(token.Span);

    /// <summary>The text of the token at an index (cached: no allocation).</summary>
    public string GetText(int tokenIndex) => _tokenTexts[tokenIndex];

    /// <summary>The text from the start of one token to the end of another; a single token's text comes from the cache.</summary>
    public string GetText(int firstToken, int lastToken) => firstToken == lastToken
        ? _tokenTexts[firstToken]
        : Text.ToString(TextSpan.FromBounds(Tokens[firstToken].Span.Start, Tokens[lastToken].Span.End));
    public ReadOnlySpan<char> GetChars(Token token) => Text.AsSpan(token.Span);

    /// <summary>The sentence that holds a token index.</summary>
    public Sentence SentenceOfToken(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    /// <summary>The index of the first token that starts at or after a character position (the token count when none does).</summary>
    /// <remarks>Tokens are in text order, so their starts ascend: a binary search, where a scan from the first token would make a loop over a long abstract's spans quadratic.</remarks>
    public int FirstTokenStartingAtOrAfter(int position)
    {
        var low = 0;
        var high = Tokens.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (Tokens[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>The sentence that holds a character position.</summary>
    /// <remarks>Sentences are in text order, so their ends ascend: a binary search finds the first that ends after it.</remarks>
    public Sentence SentenceAt(int position)
    {
        var low = 0;
        var high = Sentences.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (position < Sentences[middle].Span.End)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low < Sentences.Length ? Sentences[low] : Sentences[^1];
    }
}
