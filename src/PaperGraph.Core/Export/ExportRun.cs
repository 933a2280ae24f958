namespace PaperGraph.Export;

/// <summary>
/// What an export is told while it runs: when to stop, and whom to tell how far it is. An exporter calls
/// <see cref="Step"/> once per unit of work it counted in <see cref="GraphExporter.Steps"/> (a node or relationship
/// written, a share of the explorer's layout).
/// </summary>
/// <remarks>
/// Cancellation is checked at every step, not only when bytes are written: a folder format writes through its own
/// files, and the explorer's layout writes nothing for minutes on a big graph, and both must stop at Ctrl-C.
/// </remarks>
/// <param name="Progressed">Told the steps just done, after each step.</param>
/// <param name="Cancellation">Stops the export at its next step (<see cref="OperationCanceledException"/>).</param>
internal sealed record ExportRun(Action<long>? Progressed = null, CancellationToken Cancellation = default)
{
    /// <summary>Not cancelled, reporting to no one.</summary>
    public static ExportRun None { get; } = new();

    /// <exception cref="OperationCanceledException">The export was cancelled.</exception>
    public void Step(long steps = 1)
    {
        Cancellation.ThrowIfCancellationRequested();
        Progressed?.Invoke(steps);
    }
}
