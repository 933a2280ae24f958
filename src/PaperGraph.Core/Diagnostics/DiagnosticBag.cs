using System.Collections.Immutable;

namespace PaperGraph.Diagnostics;

/// <summary>
/// The diagnostics of one run, in the order they were found, with counts by severity. A caller that shows problems
/// as they come (the CLI on stderr) passes <c>reported</c>, called on the thread that adds each one.
/// </summary>
public sealed class DiagnosticBag(Action<Diagnostic>? reported = null)
{
    private readonly List<Diagnostic> _all = [];

    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Every diagnostic so far, in the order added.</summary>
    public ImmutableArray<Diagnostic> All => [.. _all];

    public void Add(Diagnostic diagnostic)
    {
        _all.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }
        else if (diagnostic.Severity == DiagnosticSeverity.Warning)
        {
            WarningCount++;
        }
        reported?.Invoke(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}
