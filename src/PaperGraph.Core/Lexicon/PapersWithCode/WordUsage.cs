using System.IO.Compression;
using System.Text.Json;

namespace PaperGraph.Lexicon.PapersWithCode;

/// <summary>
/// How a corpus of abstracts writes each word: how often in all, and how often in lower case. A word that abstracts
/// mostly write in lower case ("attention", "diffusion", "focus") is an ordinary word of ML prose, not a name.
/// </summary>
/// <remarks>Only unlabelled text is counted (titles and abstracts), never annotations.</remarks>
internal sealed class WordUsage
{
    private readonly Dictionary<string, (int Total, int Lower)> _counts = new(StringComparer.Ordinal);

    /// <summary>A word written in lower case at least this often is ordinary...</summary>
    public const int MinimumLowerCount = 10;

    /// <summary>...if lower case is also at least this share of its uses.</summary>
    public const double MinimumLowerShare = 0.5;

    public static WordUsage Empty { get; } = new();

    public int TextCount { get; private set; }

    /// <summary>Counts the titles and abstracts of JSON lines (arXiv metadata or <c>{"title", "abstract"}</c>), gzip or plain.</summary>
    public static WordUsage FromJsonLines(string path)
    {
        var usage = new WordUsage();
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var document = JsonDocument.Parse(line);
            foreach (var field in (string[])["title", "abstract"])
            {
                if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    usage.Count(value.GetString()!);
                }
            }
        }
        return usage;
    }

    public static WordUsage FromTexts(IEnumerable<string> texts)
    {
        var usage = new WordUsage();
        foreach (var text in texts)
        {
            usage.Count(text);
        }
        return usage;
    }

    /// <summary>True when abstracts mostly write the word in lower case (case-insensitive lookup; letters only).</summary>
    public bool IsOrdinary(string word)
    {
        if (!_counts.TryGetValue(word.ToLowerInvariant(), out var count))
        {
            return false;
        }
        return count.Lower >= MinimumLowerCount && count.Lower >= MinimumLowerShare * count.Total;
    }

    private void Count(string text)
    {
        TextCount++;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                var lower = word.ToString().ToLowerInvariant();
                var (total, lowerCount) = _counts.GetValueOrDefault(lower);
                _counts[lower] = (total + 1, lowerCount + (word.SequenceEqual(lower) ? 1 : 0));
                start = -1;
            }
        }
    }
}
