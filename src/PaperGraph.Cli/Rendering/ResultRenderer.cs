using System.Text.Json;
using PaperGraph.Cli.Infrastructure;

namespace PaperGraph.Cli.Rendering;

/// <summary>
/// How one kind of result is shown: as text for people or, with --json, as JSON for scripts (one style for every
/// verb, <see cref="JsonOutput"/>). A command computes its result and hands it here; it does not format.
/// </summary>
internal abstract class ResultRenderer<TResult>
{
    /// <summary>Writes <paramref name="result"/> to the command's output the way --json asks; a rendered result is success.</summary>
    public int Render(CliConsole console, bool json, TResult result)
    {
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(ToJson(result), JsonOutput.Options));
        }
        else
        {
            WriteText(console.Out, result);
        }
        return ExitCodes.Success;
    }

    /// <summary>The text for people.</summary>
    public abstract void WriteText(TextWriter output, TResult result);

    /// <summary>The JSON shape for scripts (docs/queries.md), serialised by <see cref="Render"/>.</summary>
    public abstract object ToJson(TResult result);
}
