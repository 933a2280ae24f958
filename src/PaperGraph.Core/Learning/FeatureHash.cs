namespace PaperGraph.Learning;

/// <summary>
/// Stable 64-bit feature hashes (FNV-1a, then a mixing step), so a feature is a number, never a string.
/// </summary>
/// <remarks>
/// Stable across processes and platforms (unlike <see cref="string.GetHashCode()"/>): a model file trained on one
/// machine means the same on another. Zero is reserved for "no feature" in the weight table.
/// </remarks>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a text, case-folded.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }
        return hash;
    }

    /// <summary>The hash of a text as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    /// <summary>A feature: a template number combined with a value's hash.</summary>
    public static ulong Combine(ulong template, ulong value)
    {
        var hash = Mix(value ^ (template * 0x9E3779B97F4A7C15UL));
        return hash == 0 ? 1 : hash;
    }

    /// <summary>A feature with two values ("previous word, this word").</summary>
    public static ulong Combine(ulong template, ulong first, ulong second) => Combine(template, Mix(first) ^ (second * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>The finaliser of SplitMix64: every input bit moves every output bit.</summary>
    private static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }
}
