namespace PaperGraph.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
