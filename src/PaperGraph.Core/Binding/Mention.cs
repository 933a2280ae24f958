using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Binding;

/// <summary>One occurrence of an entity: the field, the exact span, the text it covers and its sentence index.</summary>
/// <remarks>Invariant, pinned by tests on all seeds: slicing the field's text at <see cref="Span"/> gives <see cref="Text"/>.</remarks>
public sealed record Mention(DocumentField Field, TextSpan Span, string Text, int Sentence, string RecognizerId);
