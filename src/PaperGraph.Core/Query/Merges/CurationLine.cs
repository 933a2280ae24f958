using System.Globalization;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Query.Merges;

/// <summary>
/// A decision on a merge candidate as one line of a curation file (docs/curation.md): <c>- merge: [A, B]</c> or
/// <c>- keep-apart: [A, B]</c>, with a comment saying which candidate it was and why.
/// </summary>
public static class CurationLine
{
    public const string Header = "# curation.yaml — decisions about entities, applied by `papergraph build --curation curation.yaml`";

    public static string Accept(MergeCandidate candidate, EntityResolver resolver) =>
        $"- merge: [{Reference(candidate.Left, resolver)}, {OtherReference(candidate, resolver)}]   # accepted candidate {candidate.Number}: {Comment(candidate)}";

    public static string Reject(MergeCandidate candidate, EntityResolver resolver) =>
        $"- keep-apart: [{Reference(candidate.Left, resolver)}, {OtherReference(candidate, resolver)}]   # rejected candidate {candidate.Number}: {Comment(candidate)}";

    /// <summary>
    /// How a curation file names <paramref name="node"/>: its name where the name resolves to it alone, else
    /// <c>kind:name</c>, else <c>kind:key</c>; double-quoted where YAML would otherwise read it as something else.
    /// </summary>
    public static string Reference(GraphNode node, EntityResolver resolver)
    {
        var kind = node.Kind.ToName();
        var reference = resolver.Resolve(node.Name).Node == node ? node.Name
            : resolver.Resolve(node.Name, node.Kind).Node == node ? $"{kind}:{node.Name}"
            : $"{kind}:{node.Key}";
        return Quote(reference);
    }

    /// <summary>A plain YAML flow scalar where that reads back as the same text, a double-quoted one otherwise.</summary>
    public static string Quote(string name)
    {
        var plain = name.Length > 0 && name == name.Trim()
            && name.IndexOfAny([',', ':', '[', ']', '{', '}', '#', '"', '\'', '\\', '&', '*', '!', '|', '>', '%', '@', '`', '?']) < 0
            && !name.StartsWith('-') && !IsYamlSpecialWord(name);
        if (plain)
        {
            return name;
        }
        var escaped = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"\"{escaped}\"";
    }

    private static bool IsYamlSpecialWord(string name) =>
        name.ToLowerInvariant() is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off"
        || double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string OtherReference(MergeCandidate candidate, EntityResolver resolver) =>
        candidate.Right is { } right ? Reference(right, resolver) : Quote(candidate.RightName);

    /// <summary>The reason on one line, without a character that would end the comment early or break the line.</summary>
    private static string Comment(MergeCandidate candidate)
    {
        var reason = candidate.Reason.Split(';')[0].Trim().Replace('\n', ' ').Replace('\r', ' ');
        var shortReason = reason.Split(':')[0];
        return string.Create(CultureInfo.InvariantCulture, $"{shortReason} (score {candidate.Score:0.00})");
    }
}
