using System.Buffers;
using System.Text;

namespace PaperGraph.Corpus;

/// <summary>
/// What the readers do to a title or abstract before it becomes a paper: control characters are removed (they would
/// reach every export and the terminal), and text past a length worth reading is cut off.
/// </summary>
/// <remarks>
/// arXiv caps abstracts at 1,920 characters; <see cref="MaxAbstractLength"/> leaves fifty times that. Extraction
/// time grows with an abstract's length, so one runaway record (a whole book in one field) must not hold up the run.
/// </remarks>
internal static class InputText
{
    /// <summary>An abstract is read up to this many characters (documented in docs/diagnostics.md, PG1012).</summary>
    public const int MaxAbstractLength = 100_000;

    /// <summary>A title is read up to this many characters.</summary>
    public const int MaxTitleLength = 2_000;

    /// <summary>C0 controls but tab, LF and CR; DEL; C1 controls.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r'))
            .Concat(Enumerable.Range(0x7F, 0x21))
            .Select(code => (char)code)
            .ToArray());

    /// <summary>Whether <paramref name="c"/> is a control character that <see cref="RemoveControlCharacters"/> removes.</summary>
    public static bool IsControlCharacter(char c) => ControlCharacters.Contains(c);

    /// <summary>The text without control characters; <paramref name="removed"/> counts them and <paramref name="first"/> is the first.</summary>
    public static string RemoveControlCharacters(string text, out int removed, out char first)
    {
        removed = 0;
        first = '\0';
        var at = text.AsSpan().IndexOfAny(ControlCharacters);
        if (at < 0)
        {
            return text;
        }
        first = text[at];
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, at);
        foreach (var c in text.AsSpan(at))
        {
            if (ControlCharacters.Contains(c))
            {
                removed++;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The first <paramref name="limit"/> characters, cut at the last white space before the limit when there is one,
    /// and never between the two halves of a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }
        var cut = text.AsSpan(0, limit).LastIndexOf(' ');
        if (cut < limit / 2)
        {
            cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        }
        return text[..cut].TrimEnd();
    }
}
