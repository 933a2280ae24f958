using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>A node a curation decision is about, by kind and key as the graph has it after the decision (a dropped node is no longer in the graph).</summary>
public sealed record CuratedNode(EntityKind Kind, string Key);
