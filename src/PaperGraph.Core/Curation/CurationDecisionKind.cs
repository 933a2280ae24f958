namespace PaperGraph.Curation;

/// <summary>What a decision of a curation file (docs/curation.md) does to the entities of a graph.</summary>
public enum CurationDecisionKind
{
    /// <summary><c>merge: [A, B]</c>: B becomes an alias of A; its mentions, edges and evidence move to A.</summary>
    Merge,

    /// <summary><c>keep-apart: [A, B]</c>: the builder never merges the two.</summary>
    KeepApart,

    /// <summary><c>rename: {A: "New name"}</c>: a new display name; the old one stays an alias.</summary>
    Rename,

    /// <summary><c>kind: {A: technique}</c>: the entity becomes a node of another kind.</summary>
    Kind,

    /// <summary><c>drop: [A]</c>: the entity, its edges and its evidence leave the graph.</summary>
    Drop,

    /// <summary><c>parent: {A: B}</c>: an IS_A edge from A to B, in place of any lexicon parent.</summary>
    Parent,
}
