using System.Collections.Immutable;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>One field of a paper (title or abstract): its text, tokens and sentences.</summary>
public sealed class DocumentSection
{
    internal DocumentSection(DocumentField field, SourceText text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Field = field;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public DocumentField Field { get; }
    public SourceText Text { get; }
    public ImmutableArray<Token> Tokens { get; }
    public ImmutableArray<Sentence> Sentences { get; }

    public string GetText(Token token) => Text.ToString(token.Span);
    public ReadOnlySpan<char> GetChars(Token token) => Text.AsSpan(token.Span);

    /// <summary>The sentence that holds a token index.</summary>
    public Sentence SentenceOfToken(int tokenIndex)
    {
        foreach (var sentence in Sentences)
        {
            if (tokenIndex < sentence.FirstToken + sentence.TokenCount)
            {
                return sentence;
            }
        }
        return Sentences[^1];
    }

    /// <summary>The sentence that holds a character position.</summary>
    public Sentence SentenceAt(int position)
    {
        foreach (var sentence in Sentences)
        {
            if (position < sentence.Span.End)
            {
                return sentence;
            }
        }
        return Sentences[^1];
    }
}
