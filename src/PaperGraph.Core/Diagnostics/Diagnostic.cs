using System.Globalization;

namespace PaperGraph.Diagnostics;

/// <summary>A problem found in the input: data, never an exception.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, string Message)
{
    public string Id => Descriptor.Id;
    public DiagnosticSeverity Severity => Descriptor.Severity;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));

    public override string ToString()
    {
        var where = Location.ToString();
        var severity = Severity.ToString().ToLowerInvariant();
        return where.Length == 0 ? $"{severity} {Id}: {Message}" : $"{where}: {severity} {Id}: {Message}";
    }
}
