namespace PaperGraph.Diagnostics;

/// <summary>How bad a problem is; the CLI's exit code follows the worst one.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
