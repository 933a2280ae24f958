using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Diagnostics;

namespace PaperGraph.Extraction;

/// <summary>The result of extracting one paper: its entities, the text of its sentences (for evidence) and any diagnostics.</summary>
public sealed record ExtractedPaper(
    Paper Paper,
    ImmutableArray<BoundEntity> Entities,
    ImmutableArray<string> Sentences,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Relations the paper states between its entities (parts, comparisons, extensions); empty when none.</summary>
    public ImmutableArray<StatedRelation> Relations { get; init; } = [];
}
