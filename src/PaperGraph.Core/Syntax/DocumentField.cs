namespace PaperGraph.Syntax;

/// <summary>Which part of a paper a span points into. Spans are offsets into that field's text.</summary>
public enum DocumentField
{
    Title,
    Abstract,
}
