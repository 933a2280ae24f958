namespace PaperGraph.Text;

/// <summary>A one-based line and column, as editors show them.</summary>
internal readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
