using System.Collections.Immutable;

namespace PaperGraph.Evaluation;

/// <summary>One annotated paper of the dev set, identified by its exact title, in the split it belongs to.</summary>
public sealed record GoldPaper(string Title, string Split, ImmutableArray<GoldEntity> Entities);
