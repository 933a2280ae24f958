namespace PaperGraph.Model;

/// <summary>The four kinds of entity PaperGraph extracts (see docs/annotation.md).</summary>
public enum EntityKind
{
    Method,
    Dataset,
    Technique,
    Task,
}
