using System.Collections.Immutable;
using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>Expands what a user typed (files, directories, globs with <c>*</c>, <c>?</c> and <c>**</c>) into files.</summary>
internal static class InputPaths
{
    private static readonly string[] CorpusExtensions = [".txt", ".jsonl", ".ndjson", ".json"];

    /// <summary>A file a folder's expansion takes: a corpus extension, also under gzip (<c>papers.jsonl.gz</c>).</summary>
    private static bool IsCorpusFile(string file)
    {
        var extension = Path.GetExtension(file);
        if (extension.Equals(".gz", StringComparison.OrdinalIgnoreCase))
        {
            extension = Path.GetExtension(Path.GetFileNameWithoutExtension(file));
        }
        return CorpusExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How a run names its inputs in a message: <c>'seeds'</c>, <c>'a.jsonl', 'b.jsonl'</c>.</summary>
    public static string Describe(IEnumerable<string> inputs) => string.Join(", ", inputs.Select(input => $"'{input}'"));

    public static (ImmutableArray<string> Files, ImmutableArray<Diagnostic> Diagnostics) Expand(IEnumerable<string> inputs)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var matches = ExpandOne(input);
            if (matches.Count == 0)
            {
                // An existing folder without corpus files is a different mistake from a typo: say which.
                diagnostics.Add(Directory.Exists(input)
                    ? Diagnostic.Create(DiagnosticCatalog.EmptyDirectory, new Location(input, 0))
                    : Diagnostic.Create(DiagnosticCatalog.InputNotFound, new Location(input, 0), input));
            }
            foreach (var match in matches)
            {
                if (seen.Add(Path.GetFullPath(match)))
                {
                    files.Add(match);
                }
            }
        }
        return (files.ToImmutable(), diagnostics.ToImmutable());
    }

    private static List<string> ExpandOne(string input)
    {
        if (input == InputSnapshot.StandardInput || File.Exists(input))
        {
            return [input];
        }
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(IsCorpusFile)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        if (input.IndexOfAny(['*', '?']) < 0)
        {
            return [];
        }

        var normalized = input.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, segment => segment.IndexOfAny(['*', '?']) >= 0);
        var root = firstWild == 0 ? "." : string.Join('/', segments[..firstWild]);
        if (root.Length == 0)
        {
            root = "/";
        }
        if (!Directory.Exists(root))
        {
            return [];
        }
        var pattern = string.Join('/', segments[firstWild..]);
        var regex = new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(pattern)
                .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
                .Replace(@"\*\*", ".*", StringComparison.Ordinal)
                .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
                .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
