using System.Collections.Immutable;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>Splits prose into sentence spans at '.', '?' or '!' followed by white space and a sentence start.</summary>
/// <remarks>Abbreviations common in abstracts ("e.g.", "i.e.", "et al.", "vs.", "Fig.") and decimals do not end a sentence.</remarks>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "vs", "etc", "fig", "figs", "eq", "eqs", "cf", "resp", "approx", "no", "sec", "ref", "refs", "viz", "ca", "incl", "w.r.t", "st", "mr", "dr", "prof",
    };

    public static ImmutableArray<TextSpan> Split(string text)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var start = SkipWhiteSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }
            var end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '\u201d' or '\u2019')
            {
                end++;
            }
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }
            var next = SkipWhiteSpace(text, end);
            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }
            AddTrimmed(spans, text, start, end);
            start = next;
            i = next - 1;
        }
        if (start < text.Length)
        {
            AddTrimmed(spans, text, start, text.Length);
        }
        return spans.ToImmutable();
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '(' or '[' or '\u201c' || !char.IsLetter(c) && !char.IsPunctuation(c);

    private static bool IsAbbreviation(string text, int periodIndex)
    {
        var wordStart = periodIndex;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        if (wordStart == periodIndex)
        {
            return false;
        }
        var word = text[wordStart..periodIndex];
        return Abbreviations.Contains(word);
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
        return position;
    }

    private static void AddTrimmed(ImmutableArray<TextSpan>.Builder spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }
}
