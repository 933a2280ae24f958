using PaperGraph.Model;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Binding;

/// <summary>
/// A relation one paper states between two of its entities, with the words that state it: <see cref="Span"/> covers
/// the cue through the target's mention ("outperforms LoRA"), or the part's mention for <see cref="StatedRelationKind.PartOf"/>.
/// </summary>
public sealed record StatedRelation(
    StatedRelationKind Kind,
    EntityKind SourceKind,
    string SourceKey,
    EntityKind TargetKind,
    string TargetKey,
    DocumentField Field,
    TextSpan Span,
    string Text,
    int Sentence);
