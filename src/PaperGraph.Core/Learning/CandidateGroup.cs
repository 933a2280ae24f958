using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Learning;

/// <summary>Every candidate the recognizers put on one exact span: the unit the decision stage decides on.</summary>
internal sealed class CandidateGroup
{
    public CandidateGroup(DocumentField field, TextSpan span, int firstToken, int lastToken, string text)
    {
        Field = field;
        Span = span;
        FirstToken = firstToken;
        LastToken = lastToken;
        Text = text;
    }

    public DocumentField Field { get; }
    public TextSpan Span { get; }
    public int FirstToken { get; }
    public int LastToken { get; }
    /// <summary>What the group names: its span's text, or a coordination's expanded member.</summary>
    public string Text { get; }

    /// <summary>Whether <see cref="Text"/> is an expanded coordination member rather than the span's text.</summary>
    public bool IsExpanded { get; init; }
    public List<EntityCandidate> Candidates { get; } = new(2);
    public bool IsNested { get; set; }
    public bool ContainsOther { get; set; }

    /// <summary>Groups candidates by span, in order of first appearance; candidates off token boundaries are left out.</summary>
    public static List<CandidateGroup> From(DocumentFacts facts, IReadOnlyList<EntityCandidate> candidates)
    {
        var groups = new List<CandidateGroup>(candidates.Count);
        var bySpan = new Dictionary<(DocumentField, TextSpan, string?), CandidateGroup>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!bySpan.TryGetValue((candidate.Field, candidate.Span, candidate.Name), out var group))
            {
                var section = facts[candidate.Field];
                var (first, last) = section.TokensOf(candidate.Span);
                if (first < 0)
                {
                    continue;
                }
                group = new CandidateGroup(candidate.Field, candidate.Span, first, last, candidate.Name ?? section.Section.Text.ToString(candidate.Span))
                {
                    IsExpanded = candidate.Name is not null,
                };
                bySpan.Add((candidate.Field, candidate.Span, candidate.Name), group);
                groups.Add(group);
            }
            group.Candidates.Add(candidate);
        }
        // Nesting, by a sweep over spans sorted by start (longest first): near-linear in the number of groups.
        var order = groups.OrderBy(g => g.Field).ThenBy(g => g.Span.Start).ThenByDescending(g => g.Span.Length).ToList();
        CandidateGroup? open = null;
        foreach (var group in order)
        {
            if (open is not null && open.Field == group.Field && open.Span.Contains(group.Span))
            {
                group.IsNested = true;
                open.ContainsOther = true;
            }
            if (open is null || open.Field != group.Field || group.Span.End > open.Span.End)
            {
                open = group;
            }
        }
        return groups;
    }
}
