using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>A token: its kind and exact span. <see cref="IsJoinedToPrevious"/> is true when no white space separates it from the previous token.</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, bool IsJoinedToPrevious)
{
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}
