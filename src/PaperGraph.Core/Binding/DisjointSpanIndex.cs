using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Binding;

/// <summary>
/// The spans the binder has accepted so far, per field, answering "does this span overlap one of them?" in
/// logarithmic time instead of by a scan of every accepted span.
/// </summary>
/// <remarks>
/// The binder only ever adds a span that overlaps none already held, so the spans of one field are disjoint: sorted
/// by start they are sorted by end too, and a span overlaps one of them exactly when the last held span starting
/// before its end reaches past its start. Empty spans overlap nothing (half-open) and are not held.
/// </remarks>
internal sealed class DisjointSpanIndex
{
    private readonly SortedSet<TextSpan>[] _byField =
        [new SortedSet<TextSpan>(ByStart.Instance), new SortedSet<TextSpan>(ByStart.Instance)];

    public bool OverlapsAny(DocumentField field, TextSpan span)
    {
        if (span.IsEmpty)
        {
            return false;
        }
        var spans = _byField[(int)field];
        if (spans.Count == 0 || spans.Min.Start >= span.End)
        {
            return false;
        }
        // The last span that starts before this one ends: only it can reach into this one.
        var before = spans.GetViewBetween(spans.Min, new TextSpan(span.End - 1, 0)).Max;
        return before.End > span.Start;
    }

    /// <summary>Adds a span that overlaps none held (the caller has checked with <see cref="OverlapsAny"/>).</summary>
    public void Add(DocumentField field, TextSpan span)
    {
        if (span.IsEmpty)
        {
            return;
        }
        if (!_byField[(int)field].Add(span))
        {
            throw new InvalidOperationException($"{span} starts where a held span starts; only disjoint spans are held");
        }
    }

    /// <summary>Orders disjoint spans by start; two held spans never share one.</summary>
    private sealed class ByStart : IComparer<TextSpan>
    {
        public static ByStart Instance { get; } = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start.CompareTo(y.Start);
    }
}
