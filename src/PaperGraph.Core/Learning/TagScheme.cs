namespace PaperGraph.Learning;

/// <summary>
/// The tagger's BIO tags: 0 is outside, then a begin and an inside tag per <see cref="EntityLabel"/>.
/// </summary>
internal static class TagScheme
{
    public const int Outside = 0;
    public const int Count = 1 + 2 * EntityLabels.EntityCount;

    public static int Begin(EntityLabel label) => 1 + 2 * ((int)label - 1);
    public static int Inside(EntityLabel label) => 2 + 2 * ((int)label - 1);
    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;
    public static EntityLabel LabelOf(int tag) => tag == Outside ? EntityLabel.None : (EntityLabel)((tag + 1) / 2);

    /// <summary>An inside tag continues only its own entity; anything may follow anything else.</summary>
    public static bool IsAllowed(int previous, int tag) =>
        tag == Outside || IsBegin(tag) || previous != Outside && LabelOf(previous) == LabelOf(tag);

    /// <summary>The entity spans of a tag sequence: (first token, last token, label).</summary>
    public static List<(int First, int Last, EntityLabel Label)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, EntityLabel)>();
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = tag != Outside && !IsBegin(tag) && start >= 0 && LabelOf(tags[start]) == LabelOf(tag);
            if (start >= 0 && !continues)
            {
                spans.Add((start, i - 1, LabelOf(tags[start])));
                start = -1;
            }
            if (IsBegin(tag) || tag != Outside && start < 0)
            {
                start = i;
            }
        }
        return spans;
    }
}
