using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>
/// A sentence: its index in the document (the title is sentence 0, the abstract's sentences follow from 1),
/// its field, its span, and the range of its tokens in that field's token list.
/// </summary>
internal sealed record Sentence(int Index, DocumentField Field, TextSpan Span, int FirstToken, int TokenCount);
