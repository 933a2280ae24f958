using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Corpus;

/// <summary>Stable paper ids: the arXiv id when there is one, otherwise a slug plus a hash of the normalized title.</summary>
public static class PaperId
{
    private const int MaxSlugLength = 48;

    public static string FromTitle(string title)
    {
        var normalized = NormalizeTitle(title);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        var slug = Slug(normalized);
        return $"{slug}-{Convert.ToHexStringLower(hash.AsSpan(0, 4))}";
    }

    public static string FromArxiv(string arxivId) => arxivId.Trim();

    /// <summary>Case-folded title with runs of white space folded: what makes two listings the same paper.</summary>
    public static string NormalizeTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var c in title.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string Slug(string normalized)
    {
        var builder = new StringBuilder(MaxSlugLength);
        foreach (var c in normalized)
        {
            if (builder.Length >= MaxSlugLength)
            {
                break;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-') is { Length: > 0 } slug ? slug : "paper";
    }
}
