using System.Collections.Immutable;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>
/// Finds acronym definitions with the Schwartz–Hearst algorithm (Schwartz &amp; Hearst, PSB 2003), in three layouts:
/// "long form (SF)", "SF (long form)" and "(SF; long form)" / "(SF, long form)".
/// </summary>
/// <remarks>
/// Schwartz–Hearst matches the short form's characters right to left inside the candidate long form, the first one
/// at a word start. It needs no dictionary, so it finds definitions of names nobody has listed yet.
/// </remarks>
internal static class AcronymDetector
{
    private const int MaxShortFormLength = 12;

    public static ImmutableArray<AcronymDefinition> Detect(Document document)
    {
        var found = ImmutableArray.CreateBuilder<AcronymDefinition>();
        foreach (var section in document.Sections)
        {
            foreach (var sentence in section.Sentences)
            {
                DetectInSentence(section, sentence, found);
            }
        }
        return found.ToImmutable();
    }

    private static void DetectInSentence(DocumentSection section, Sentence sentence, ImmutableArray<AcronymDefinition>.Builder found)
    {
        var text = section.Text.Text;
        var end = sentence.Span.End;
        for (var open = sentence.Span.Start; open < end; open++)
        {
            if (text[open] != '(')
            {
                continue;
            }
            var close = FindClose(text, open, end);
            if (close < 0)
            {
                continue;
            }
            var inner = TextSpan.FromBounds(open + 1, close);
            var definition = TryInnerShortForm(section, sentence, inner, open) ?? TryInnerLongForm(section, sentence, inner, open);
            if (definition is not null)
            {
                found.Add(definition);
            }
        }
    }

    /// <summary>"long form (SF)" or "(SF; long form)".</summary>
    private static AcronymDefinition? TryInnerShortForm(DocumentSection section, Sentence sentence, TextSpan inner, int open)
    {
        var text = section.Text.Text;
        var innerText = text.Substring(inner.Start, inner.Length);
        var separator = innerText.IndexOfAny([';', ',']);
        var shortEnd = separator < 0 ? inner.End : inner.Start + separator;
        var shortSpan = Trim(text, TextSpan.FromBounds(inner.Start, shortEnd));
        var shortForm = text.Substring(shortSpan.Start, shortSpan.Length);
        if (!IsShortFormCandidate(shortForm))
        {
            return null;
        }

        if (separator >= 0)
        {
            // "(LoRA; low-rank adaptation)": the long form follows inside the parentheses.
            var rest = Trim(text, TextSpan.FromBounds(inner.Start + separator + 1, inner.End));
            if (rest.Length > shortForm.Length && BestLongForm(shortForm, text.Substring(rest.Start, rest.Length)) is { } offsetInRest)
            {
                var longSpan = TextSpan.FromBounds(rest.Start + offsetInRest, rest.End);
                return new AcronymDefinition(section.Field, sentence.Index, shortSpan, shortForm, longSpan, text.Substring(longSpan.Start, longSpan.Length));
            }
        }

        // Schwartz–Hearst window: at most min(|SF| + 5, 2|SF|) words before the parenthesis.
        var maxWords = Math.Min(shortForm.Length + 5, shortForm.Length * 2);
        var windowEnd = open;
        while (windowEnd > sentence.Span.Start && char.IsWhiteSpace(text[windowEnd - 1]))
        {
            windowEnd--;
        }
        var windowStart = windowEnd;
        var words = 0;
        while (windowStart > sentence.Span.Start && words < maxWords)
        {
            windowStart--;
            while (windowStart > sentence.Span.Start && !char.IsWhiteSpace(text[windowStart - 1]))
            {
                if (text[windowStart - 1] is '(' or ')' or ';' or ':')
                {
                    break;
                }
                windowStart--;
            }
            words++;
            if (windowStart > sentence.Span.Start && text[windowStart - 1] is '(' or ')' or ';' or ':')
            {
                break;
            }
            while (windowStart > sentence.Span.Start && char.IsWhiteSpace(text[windowStart - 1]))
            {
                windowStart--;
            }
        }
        if (windowEnd <= windowStart)
        {
            return null;
        }
        var window = text[windowStart..windowEnd];
        if (BestLongForm(shortForm, window) is not { } offset)
        {
            return null;
        }
        var span = TextSpan.FromBounds(windowStart + offset, windowEnd);
        var longForm = text.Substring(span.Start, span.Length);
        if (longForm.Length <= shortForm.Length || longForm.Contains(shortForm, StringComparison.Ordinal))
        {
            return null;
        }
        return new AcronymDefinition(section.Field, sentence.Index, shortSpan, shortForm, span, longForm);
    }

    /// <summary>"SF (long form)": a short-form token right before a parenthesis holding its expansion.</summary>
    private static AcronymDefinition? TryInnerLongForm(DocumentSection section, Sentence sentence, TextSpan inner, int open)
    {
        var text = section.Text.Text;
        var longSpan = Trim(text, inner);
        if (longSpan.Length == 0 || !text.AsSpan(longSpan.Start, longSpan.Length).Contains(' '))
        {
            return null;
        }
        var shortEnd = open;
        while (shortEnd > sentence.Span.Start && char.IsWhiteSpace(text[shortEnd - 1]))
        {
            shortEnd--;
        }
        var shortStart = shortEnd;
        while (shortStart > sentence.Span.Start && (char.IsLetterOrDigit(text[shortStart - 1]) || text[shortStart - 1] == '-'))
        {
            shortStart--;
        }
        var shortForm = text[shortStart..shortEnd];
        if (!IsShortFormCandidate(shortForm) || shortForm.Any(char.IsLower) && !shortForm.Skip(1).Any(char.IsUpper))
        {
            return null;
        }
        var longText = text.Substring(longSpan.Start, longSpan.Length);
        if (BestLongForm(shortForm, longText) is not 0)
        {
            return null;
        }
        return new AcronymDefinition(section.Field, sentence.Index, TextSpan.FromBounds(shortStart, shortEnd), shortForm, longSpan, longText);
    }

    internal static bool IsShortFormCandidate(string candidate)
    {
        if (candidate.Length < 2 || candidate.Length > MaxShortFormLength || !char.IsLetterOrDigit(candidate[0]))
        {
            return false;
        }
        if (candidate.Count(char.IsWhiteSpace) > 1 || !candidate.Any(char.IsUpper))
        {
            return false;
        }
        return candidate.All(c => char.IsLetterOrDigit(c) || c is '-' or ' ' or '.' or '/' or '+' or '&');
    }

    /// <summary>The Schwartz–Hearst best long form: the offset in <paramref name="candidate"/> where it starts, or null.</summary>
    internal static int? BestLongForm(string shortForm, string candidate)
    {
        var shortIndex = shortForm.Length - 1;
        var longIndex = candidate.Length - 1;
        while (shortIndex >= 0)
        {
            var current = char.ToLowerInvariant(shortForm[shortIndex]);
            if (!char.IsLetterOrDigit(current))
            {
                shortIndex--;
                continue;
            }
            while (longIndex >= 0 && char.ToLowerInvariant(candidate[longIndex]) != current
                   || shortIndex == 0 && longIndex > 0 && char.IsLetterOrDigit(candidate[longIndex - 1]))
            {
                longIndex--;
            }
            if (longIndex < 0)
            {
                return null;
            }
            longIndex--;
            shortIndex--;
        }
        var start = candidate.LastIndexOf(' ', Math.Max(longIndex, 0)) + 1;
        if (longIndex < 0)
        {
            start = 0;
        }
        return start;
    }

    private static int FindClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return TextSpan.FromBounds(start, end);
    }
}
