namespace PaperGraph.Query.Neighbours;

/// <summary>How a neighbour is reached, so that a reader does not take a dataset of a broader idea for one of this idea.</summary>
public enum NeighborReach
{
    /// <summary>An edge other than co-occurrence joins the two: IS_A, PART_OF, EXTENDS, COMPARED_WITH, APPLIES, EVALUATED_ON.</summary>
    DirectRelation,
    /// <summary>Only papers in common join the two (CO_OCCURS).</summary>
    SharedPaper,
    /// <summary>Reached through another entity, more than one hop away.</summary>
    Through,
}
