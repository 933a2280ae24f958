using PaperGraph.Graph;

namespace PaperGraph.Query.Literature;

/// <summary>
/// The question "which papers on this task (or a narrower one) …": optionally only those proposing or using a method,
/// using a technique (or a narrower one), evaluating on a dataset, or proposing or using a given method.
/// </summary>
public sealed record PaperQuery(GraphNode Task, PaperRole Role = PaperRole.Any, GraphNode? Technique = null, GraphNode? Dataset = null, GraphNode? Method = null);
