namespace PaperGraph.Corpus;

/// <summary>Where a paper was listed: a file and the one-based line of its title (or JSON record).</summary>
public sealed record PaperSource(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
