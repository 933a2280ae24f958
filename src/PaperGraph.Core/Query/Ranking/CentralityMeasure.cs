namespace PaperGraph.Query.Ranking;

/// <summary>What "central" means for a ranking of entities on the co-occurrence graph.</summary>
public enum CentralityMeasure
{
    /// <summary>Weighted PageRank: linked with many entities that are themselves well linked.</summary>
    PageRank,
    /// <summary>Distinct entities it co-occurs with.</summary>
    Degree,
    /// <summary>Shortest paths between other entities that pass through it.</summary>
    Betweenness,
}
