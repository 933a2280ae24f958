using System.Buffers;
using System.Collections.Immutable;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>Splits text into word, number and punctuation tokens with exact spans; white space is never a token.</summary>
/// <remarks>
/// Hyphens are separate tokens (joined to their neighbours) so "low-rank" and "low rank" match the same lexicon
/// entry, while "ResNet-50" can still be rebuilt from joined tokens. A period stays inside a number ("2.0").
/// </remarks>
internal static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        // A token takes at least one character: a rented buffer of that size never grows, and the result is one exact copy.
        var buffer = ArrayPool<Token>.Shared.Rent(range.Length);
        var count = 0;
        var position = range.Start;
        var end = range.End;
        var previousEnd = -1;
        while (position < end)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }
            var start = position;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                var hasLetter = false;
                while (position < end)
                {
                    var current = text[position];
                    if (char.IsLetterOrDigit(current))
                    {
                        hasLetter |= char.IsLetter(current);
                        position++;
                    }
                    else if (current == '.' && !hasLetter && position + 1 < end && char.IsDigit(text[position + 1]) && position > start)
                    {
                        position++;
                    }
                    else if ((current == '\'' || current == '\u2019') && hasLetter && position + 1 < end && char.IsLetter(text[position + 1])
                             && !(position + 2 <= end && char.ToLowerInvariant(text[position + 1]) == 's' && (position + 2 == end || !char.IsLetterOrDigit(text[position + 2]))))
                    {
                        position++;
                    }
                    else
                    {
                        break;
                    }
                }
                kind = hasLetter ? TokenKind.Word : TokenKind.Number;
            }
            else
            {
                position += char.IsSurrogatePair(text, position) ? 2 : 1;
                kind = TokenKind.Punctuation;
            }
            buffer[count++] = new Token(kind, TextSpan.FromBounds(start, position), previousEnd == start);
            previousEnd = position;
        }
        var tokens = ImmutableArray.Create(buffer.AsSpan(0, count));
        ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }
}
