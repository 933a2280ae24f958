using System.Collections.Concurrent;
using Humanizer;

namespace PaperGraph.Binding;

/// <summary>Canonical keys: the form under which surface variants of one entity meet.</summary>
/// <remarks>
/// Case-folded, every run of non-alphanumerics folded to one space, last word singular (Humanizer):
/// "MixUp", "mixup" and "Mixups" share the key "mixup"; "Low-Rank Adaptation" and "low rank adaptations"
/// share "low rank adaptation"; "CIFAR-10" is "cifar 10".
/// </remarks>
internal static class EntityKey
{
    private static readonly ConcurrentDictionary<string, string> SingularCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SingularBySpan =
        SingularCache.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string From(string text)
    {
        // Keys are built for every candidate of every paper: fold into a stack buffer, allocate only the result.
        var folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    folded[length++] = ' ';
                }
                pendingSpace = false;
                folded[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        folded = folded[..length];
        var lastWordStart = folded.LastIndexOf(' ') + 1;
        var lastWord = folded[lastWordStart..];
        if (!MayBePlural(lastWord))
        {
            return new string(folded);
        }
        return string.Concat(folded[..lastWordStart], Singular(lastWord));
    }

    /// <summary>Only words ending in "s" are treated as plurals (Latin plurals such as "data" stay as written).</summary>
    internal static bool MayBePlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !word.ContainsAnyInRange('0', '9');

    /// <summary>The singular of one lower-case word, without making a string of it when it has been seen before.</summary>
    internal static string Singular(ReadOnlySpan<char> word) =>
        MayBePlural(word) && SingularBySpan.TryGetValue(word, out var singular) ? singular : Singular(word.ToString());

    /// <summary>The singular of one lower-case word; words that are not plural come back unchanged.</summary>
    public static string Singular(string word)
    {
        if (!MayBePlural(word))
        {
            return word;
        }
        return SingularCache.GetOrAdd(word, static w =>
        {
            // Humanizer would turn "data" into "datum" and "bias" into "bia": those are not plurals in ML prose.
            if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
                || w is "data" or "media" or "criteria" or "series" or "species" or "physics" or "mathematics" or "statistics" or "analytics" or "robotics" or "graphics" or "dynamics" or "lens" or "news")
            {
                return w;
            }
            return w.Singularize(inputIsKnownToBePlural: false);
        });
    }
}
