namespace PaperGraph.Graph;

/// <summary>A record that two keys became one entity, and why (shared acronym/long form across papers).</summary>
public sealed record MergedDuplicate(NodeKind Kind, string Key, string MergedKey, string Reason);
