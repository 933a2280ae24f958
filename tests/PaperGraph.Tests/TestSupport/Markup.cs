using System.Collections.Immutable;
using System.Text;
using PaperGraph.Text;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Parses inline span markup: "We fine-tune with [|LoRA|] on [|GLUE|]" → the plain text and the marked spans.</summary>
internal static class Markup
{
    public static (string Text, ImmutableArray<TextSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup.AsSpan(i).StartsWith("[|"))
            {
                start = text.Length;
                i++;
            }
            else if (markup.AsSpan(i).StartsWith("|]"))
            {
                spans.Add(TextSpan.FromBounds(start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        return (text.ToString(), spans.ToImmutable());
    }
}
