using System.Collections.Concurrent;
using System.Text;
using Humanizer;

namespace PaperGraph.Binding;

/// <summary>Canonical keys: the form under which surface variants of one entity meet.</summary>
/// <remarks>
/// Case-folded, every run of non-alphanumerics folded to one space, last word singular (Humanizer):
/// "MixUp", "mixup" and "Mixups" share the key "mixup"; "Low-Rank Adaptation" and "low rank adaptations"
/// share "low rank adaptation"; "CIFAR-10" is "cifar 10".
/// </remarks>
public static class EntityKey
{
    private static readonly ConcurrentDictionary<string, string> SingularCache = new(StringComparer.Ordinal);

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        var lastSpace = builder.ToString().LastIndexOf(' ');
        var folded = builder.ToString();
        var lastWord = folded[(lastSpace + 1)..];
        return folded[..(lastSpace + 1)] + Singular(lastWord);
    }

    /// <summary>The singular of one lower-case word; words that are not plural come back unchanged.</summary>
    public static string Singular(string word)
    {
        // Fast path: only words ending in "s" are treated as plurals (Latin plurals such as "data" stay as written).
        if (word.Length <= 3 || word[^1] != 's' || word.AsSpan().ContainsAnyInRange('0', '9'))
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
