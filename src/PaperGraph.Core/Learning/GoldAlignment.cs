using PaperGraph.Binding;
using PaperGraph.Evaluation;
using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>
/// Turns a paper's annotations (entity lists, no offsets) into training targets: BIO tags over its tokens, found by
/// searching every surface form in the text with white space folded, and the label of every canonical key.
/// </summary>
/// <remarks>
/// Annotations name each entity once, with its surface forms; every place the text writes one of those forms is a
/// mention. Longer forms claim tokens first ("graph diffusion kernels" before "diffusion kernels"). Forms with a
/// lower-case letter match case-insensitively ("Label Smoothing" in the title, "label smoothing" below); all-capital
/// forms ("SD", "TTA") only as written.
/// </remarks>
internal static class GoldAlignment
{
    public static int[] Tags(DocumentSection section, GoldPaper gold)
    {
        var (folded, map) = Fold(section.Text.Text);
        var found = new List<(int First, int Last, EntityLabel Label)>();
        var facts = new SectionFacts(section);
        foreach (var entity in gold.Entities)
        {
            var label = EntityLabels.From(entity.Kind, entity.Role);
            foreach (var form in entity.SurfaceForms.Distinct(StringComparer.Ordinal))
            {
                var (needle, _) = Fold(form.Trim());
                if (needle.Length == 0)
                {
                    continue;
                }
                var comparison = needle.Any(char.IsLower) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                var at = 0;
                while ((at = folded.IndexOf(needle, at, comparison)) >= 0)
                {
                    var start = map[at];
                    var end = map[at + needle.Length - 1] + 1;
                    at += 1;
                    var (first, last) = facts.TokensOf(Text.TextSpan.FromBounds(start, end));
                    if (first < 0 || section.Tokens[first].Span.Start != start || section.Tokens[last].Span.End != end)
                    {
                        continue;
                    }
                    found.Add((first, last, label));
                }
            }
        }
        var tags = new int[section.Tokens.Length];
        foreach (var (first, last, label) in found.OrderByDescending(f => f.Last - f.First).ThenBy(f => f.First))
        {
            var free = true;
            for (var i = first; i <= last; i++)
            {
                free &= tags[i] == TagScheme.Outside;
            }
            if (!free)
            {
                continue;
            }
            tags[first] = TagScheme.Begin(label);
            for (var i = first + 1; i <= last; i++)
            {
                tags[i] = TagScheme.Inside(label);
            }
        }
        return tags;
    }

    /// <summary>
    /// For a paper annotated for some kinds only, the tags each token may take (a bit per tag): an annotated mention
    /// keeps its tag, and any other token may be outside or inside an entity of a kind nobody annotated. Null for a
    /// paper annotated for every kind, where every tag is known.
    /// </summary>
    public static int[]? AllowedTags(int[] tags, GoldPaper gold)
    {
        if (gold.IsComplete)
        {
            return null;
        }
        var free = 1 << TagScheme.Outside;
        for (var label = EntityLabel.ProposedMethod; label <= EntityLabel.Task; label++)
        {
            if (!gold.Annotates(label.Kind()))
            {
                free |= 1 << TagScheme.Begin(label) | 1 << TagScheme.Inside(label);
            }
        }
        var allowed = new int[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            allowed[i] = tags[i] == TagScheme.Outside ? free : 1 << tags[i];
        }
        return allowed;
    }

    /// <summary>The label of every canonical key of the paper's annotated surface forms (first entity wins).</summary>
    public static Dictionary<string, EntityLabel> LabelsByKey(GoldPaper gold)
    {
        var labels = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var entity in gold.Entities)
        {
            var label = EntityLabels.From(entity.Kind, entity.Role);
            foreach (var form in entity.SurfaceForms)
            {
                labels.TryAdd(EntityKey.From(form), label);
            }
        }
        return labels;
    }

    /// <summary>The text with every run of white space folded to one space, and where each folded char came from.</summary>
    private static (string Folded, int[] Map) Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }
                builder.Append(' ');
            }
            else
            {
                builder.Append(text[i]);
            }
            map.Add(i);
        }
        return (builder.ToString(), map.ToArray());
    }
}
