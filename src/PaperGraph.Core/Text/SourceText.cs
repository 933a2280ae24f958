using System.Collections.Immutable;

namespace PaperGraph.Text;

/// <summary>Immutable text with line mapping. Every span in PaperGraph points into one of these.</summary>
internal sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }
    public int Length => Text.Length;
    public char this[int index] => Text[index];

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);
    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public LinePosition GetLinePosition(int position)
    {
        var index = _lineStarts.BinarySearch(position);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, position - _lineStarts[line] + 1);
    }

    public override string ToString() => Text;

    private static readonly ImmutableArray<int> SingleLine = [0];

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        if (!text.Contains('\n'))
        {
            // Titles and (folded) abstracts are one line.
            return SingleLine;
        }
        var builder = ImmutableArray.CreateBuilder<int>();
        builder.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                builder.Add(i + 1);
            }
        }
        return builder.ToImmutable();
    }
}
