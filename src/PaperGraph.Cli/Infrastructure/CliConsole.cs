using PaperGraph.Diagnostics;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Progress and diagnostics.</param>
/// <param name="IsStandardOutput">
/// <see cref="Out"/> is the process's standard output, so byte output (extract's JSON lines, <c>export -o -</c>) may be
/// streamed to it directly instead of through the writer.
/// </param>
/// <param name="Cancellation">Cancelled by Ctrl-C or SIGTERM; long loops and every output write check it.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsStandardOutput = false, CancellationToken Cancellation = default)
{
    /// <summary>
    /// Says one problem on <see cref="Error"/>, as <c>severity ID: message</c> from the catalogue: the one way a command
    /// complains, so every complaint has an id and is documented (docs/diagnostics.md).
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, params object?[] arguments) => Report(Diagnostic.Create(descriptor, Location.None, arguments));

    /// <inheritdoc cref="Report(DiagnosticDescriptor, object?[])"/>
    public void Report(Diagnostic diagnostic) => Error.WriteLine(TerminalText.Escape(diagnostic.ToString(), keepLineBreaks: false));
}
