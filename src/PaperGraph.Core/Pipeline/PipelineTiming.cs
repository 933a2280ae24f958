namespace PaperGraph.Pipeline;

/// <summary>How long one phase of a graph build took; a <paramref name="IsStep"/> is a step within the binding phase.</summary>
public sealed record PipelineTiming(string Phase, TimeSpan Took, bool IsStep = false);
