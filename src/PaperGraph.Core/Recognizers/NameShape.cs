using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Recognizers;

/// <summary>Surface shapes of names: camel case, letters mixed with digits, all capitals; and compounds joined by hyphens.</summary>
internal static class NameShape
{
    /// <summary>"MMFusion", "CATNet", "LoRA", "wav2vec", "YOLOv8": an upper-case letter after a lower-case one, or letters and digits mixed.</summary>
    public static bool IsDistinctive(ReadOnlySpan<char> word)
    {
        // Names start with a letter: "3.8B", "195x" and "2.5D" are quantities.
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return false;
        }
        // "averaGing", "calibratioN": capitals that spell out an acronym inside an ordinary word are not names.
        var lowerPrefix = 0;
        while (lowerPrefix < word.Length && char.IsLower(word[lowerPrefix]))
        {
            lowerPrefix++;
        }
        if (lowerPrefix >= 3 && lowerPrefix < word.Length && char.IsUpper(word[lowerPrefix]))
        {
            return false;
        }
        var hasLetter = false;
        var hasDigit = false;
        var lowerThenUpper = false;
        var sawLower = false;
        var upperCount = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                hasDigit = true;
            }
            else if (char.IsLetter(c))
            {
                hasLetter = true;
                if (char.IsUpper(c))
                {
                    upperCount++;
                    lowerThenUpper |= sawLower;
                }
                else
                {
                    sawLower = true;
                }
            }
        }
        if (!hasLetter)
        {
            return false;
        }
        // "MMFusion" (upper run then lower), "CATNet", "OptFS" (lower then upper), "wav2vec" (digits).
        var upperRunThenLower = upperCount >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && sawLower;
        return lowerThenUpper || upperRunThenLower || hasDigit && word.Length >= 3;
    }

    /// <summary>All capitals (two or more letters, digits allowed): "SRM", "BERT", "T5".</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return letters >= 2;
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// Extends a name from a token over joined pieces: "GPT-4", "ResNet-50", "ViT-B/16", "Swin-T". Returns the last token index.
    /// </summary>
    public static int ExtendCompound(DocumentSection section, int start)
    {
        var tokens = section.Tokens;
        var last = start;
        while (last + 2 < tokens.Length
               && tokens[last + 1].IsJoinedToPrevious && section.GetChars(tokens[last + 1]) is "-" or "/" or "."
               && tokens[last + 2].IsJoinedToPrevious && tokens[last + 2].IsWordLike
               && (tokens[last + 2].Kind == TokenKind.Number || char.IsUpper(section.GetChars(tokens[last + 2])[0]) || char.IsDigit(section.GetChars(tokens[last + 2])[0])
                   || IsDistinctive(section.GetChars(tokens[last + 2]))))
        {
            last += 2;
        }
        while (last + 1 < tokens.Length && tokens[last + 1].IsJoinedToPrevious && tokens[last + 1].IsWordLike)
        {
            last++;
        }
        return last;
    }

    public static TextSpan SpanOf(DocumentSection section, int first, int last) =>
        TextSpan.FromBounds(section.Tokens[first].Span.Start, section.Tokens[last].Span.End);
}
