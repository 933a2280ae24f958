using Humanizer;
using PaperGraph.Diagnostics;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Prints diagnostics to stderr as they come and a summary at the end; the exit code follows the worst one. The
/// diagnostics themselves are kept in <see cref="Bag"/>, which the pipeline adds to.
/// </summary>
internal sealed class DiagnosticReporter
{
    private const int MaxPrintedPerId = 20;
    private readonly Dictionary<string, int> _countById = new(StringComparer.Ordinal);
    private readonly TextWriter _error;
    private readonly bool _verbose;

    public DiagnosticReporter(TextWriter error, bool verbose = false)
    {
        _error = error;
        _verbose = verbose;
        Bag = new DiagnosticBag(Print);
    }

    /// <summary>Every diagnostic reported, printed or not; hand it to the pipeline so its problems are printed as they come.</summary>
    public DiagnosticBag Bag { get; }

    public int ErrorCount => Bag.ErrorCount;
    public int WarningCount => Bag.WarningCount;

    public void Report(Diagnostic diagnostic) => Bag.Add(diagnostic);

    public void ReportAll(IEnumerable<Diagnostic> diagnostics) => Bag.AddRange(diagnostics);

    private void Print(Diagnostic diagnostic)
    {
        var count = _countById[diagnostic.Id] = _countById.GetValueOrDefault(diagnostic.Id) + 1;
        if (diagnostic.Severity == DiagnosticSeverity.Info && !_verbose)
        {
            return;
        }
        if (count <= MaxPrintedPerId)
        {
            _error.WriteLine(TerminalText.Escape(diagnostic.ToString(), keepLineBreaks: false));
        }
        else if (count == MaxPrintedPerId + 1)
        {
            _error.WriteLine($"... more {diagnostic.Id} diagnostics are counted in the summary");
        }
    }

    public void PrintSummary()
    {
        if (ErrorCount == 0 && WarningCount == 0)
        {
            return;
        }
        _error.WriteLine($"{"error".ToQuantity(ErrorCount)}, {"warning".ToQuantity(WarningCount)}");
    }

    public int ExitCode => ErrorCount > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
}
