namespace PaperGraph.Diagnostics;

/// <summary>Where a problem is: a file and a one-based line (and column when known).</summary>
public sealed record Location(string FilePath, int Line, int Column = 0)
{
    public static Location None { get; } = new("", 0);

    public override string ToString() =>
        FilePath.Length == 0 ? "" : Column > 0 ? $"{FilePath}({Line},{Column})" : Line > 0 ? $"{FilePath}({Line})" : FilePath;
}
