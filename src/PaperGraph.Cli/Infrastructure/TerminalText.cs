using System.Globalization;
using System.Text;
using PaperGraph.Corpus;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Text for people: control characters (a terminal escape sequence in a name) are shown as <c>\u001B</c>, never sent raw.</summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with every control character but tab and line breaks written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text, bool keepLineBreaks = true)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var raw = InputText.IsControlCharacter(c) || !keepLineBreaks && c is '\n' or '\r';
            if (!raw)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder?.ToString() ?? text;
    }
}
