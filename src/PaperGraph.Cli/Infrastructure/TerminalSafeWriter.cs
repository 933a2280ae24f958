using System.Text;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Wraps the writer human output goes to so that no raw control character reaches it (<see cref="TerminalText"/>);
/// JSON output is unchanged, since JSON escapes control characters itself.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value)
    {
        if (Corpus.InputText.IsControlCharacter(value))
        {
            inner.Write(TerminalText.Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        // The inner writer belongs to whoever made it.
        if (disposing)
        {
            inner.Flush();
        }
        base.Dispose(disposing);
    }
}
