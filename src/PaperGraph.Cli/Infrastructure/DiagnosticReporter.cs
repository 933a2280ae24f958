using Humanizer;
using PaperGraph.Diagnostics;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Prints diagnostics to stderr as they come and a summary at the end; the exit code follows the worst one.</summary>
internal sealed class DiagnosticReporter(TextWriter error, bool verbose = false)
{
    private const int MaxPrintedPerId = 20;
    private readonly Dictionary<string, int> _countById = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _all = [];

    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public IReadOnlyList<Diagnostic> All => _all;

    public void Report(Diagnostic diagnostic)
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
        var count = _countById[diagnostic.Id] = _countById.GetValueOrDefault(diagnostic.Id) + 1;
        if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose)
        {
            return;
        }
        if (count <= MaxPrintedPerId)
        {
            error.WriteLine(TerminalText.Escape(diagnostic.ToString(), keepLineBreaks: false));
        }
        else if (count == MaxPrintedPerId + 1)
        {
            error.WriteLine($"... more {diagnostic.Id} diagnostics are counted in the summary");
        }
    }

    public void ReportAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }

    public void PrintSummary()
    {
        if (ErrorCount == 0 && WarningCount == 0)
        {
            return;
        }
        error.WriteLine($"{"error".ToQuantity(ErrorCount)}, {"warning".ToQuantity(WarningCount)}");
    }

    public int ExitCode => ErrorCount > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
}
