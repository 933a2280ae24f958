using PaperGraph.Text;

namespace PaperGraph.Diagnostics;

/// <summary>
/// Where a problem is: a file and a one-based line (and column when known), and, for a problem in a paper's text,
/// the span of the characters it is about.
/// </summary>
public sealed record Location(string FilePath, int Line, int Column = 0)
{
    public static Location None { get; } = new("", 0);

    /// <summary>
    /// The characters the problem is about, when it is about some of a paper's text: a half-open span of the field
    /// <see cref="Field"/> names, in the same coordinates as the mentions of <c>extract</c> (docs/extract-format.md).
    /// </summary>
    public TextSpan? Span { get; init; }

    /// <summary>The paper field <see cref="Span"/> is in: "title" or "abstract"; null when there is no span.</summary>
    public string? Field { get; init; }

    /// <summary>This location narrowed to <paramref name="span"/> of the paper field <paramref name="field"/>.</summary>
    public Location WithSpan(string field, TextSpan span) => this with { Field = field, Span = span };

    public override string ToString() =>
        FilePath.Length == 0 ? "" : Column > 0 ? $"{FilePath}({Line},{Column})" : Line > 0 ? $"{FilePath}({Line})" : FilePath;
}
