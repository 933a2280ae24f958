namespace PaperGraph.Graph;

/// <summary>
/// The parts of a node's row (its incident edges) that a query reads: the paper edges, the IS_A edges, the other
/// entity-to-entity edges (stated relations and edges derived from papers).
/// </summary>
/// <remarks>
/// A row stores its parts in this order, each ordered by weight (descending), the other end's id, then the edge id, so
/// the parts a query asks for together must be adjacent: a path walks papers and IS_A, a neighbourhood IS_A and the
/// relations, and neither reads the other's edges on a hub entity with a hundred thousand papers.
/// </remarks>
[Flags]
public enum RowParts
{
    Papers = 1,
    Taxonomy = 2,
    Relations = 4,

    /// <summary>What a path through papers may take: every hop carries a sentence or a taxonomy entry.</summary>
    Explainable = Papers | Taxonomy,

    /// <summary>Entity to entity: IS_A and the other relations.</summary>
    Concepts = Taxonomy | Relations,

    All = Papers | Taxonomy | Relations,
}
