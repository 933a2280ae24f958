using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Literature;

/// <summary>
/// The answer to a <see cref="PaperQuery"/>: the narrower tasks that were searched too, every matching paper (papers on
/// the asked task first), and the methods and techniques in them, most papers first.
/// </summary>
/// <remarks>With <see cref="PaperRole.Proposed"/> only proposed methods are counted, with <see cref="PaperRole.Used"/> only used ones.</remarks>
public sealed record PaperAnswer(PaperQuery Query, ImmutableArray<GraphNode> NarrowerTasks, ImmutableArray<PaperHit> Papers, ImmutableArray<MethodUse> Methods);
