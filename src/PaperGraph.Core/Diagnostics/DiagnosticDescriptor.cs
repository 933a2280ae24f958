namespace PaperGraph.Diagnostics;

/// <summary>The stable identity of a kind of problem: id, severity and message format.</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity);
