using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>A record that two keys became one entity, and why (shared acronym/long form across papers).</summary>
public sealed record MergedDuplicate(EntityKind Kind, string Key, string MergedKey, string Reason);
