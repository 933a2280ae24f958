namespace PaperGraph.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Progress and diagnostics.</param>
/// <param name="IsStandardOutput">
/// <see cref="Out"/> is the process's standard output, so byte output (extract's JSON lines, <c>export -o -</c>) may be
/// streamed to it directly instead of through the writer.
/// </param>
/// <param name="Cancellation">Cancelled by Ctrl-C or SIGTERM; long loops and every output write check it.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsStandardOutput = false, CancellationToken Cancellation = default);
