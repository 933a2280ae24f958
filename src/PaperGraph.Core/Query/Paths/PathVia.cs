namespace PaperGraph.Query.Paths;

/// <summary>What a path may pass through between its two ends.</summary>
public enum PathVia
{
    /// <summary>Papers and the entities they mention (every hop is a sentence), plus the technique taxonomy.</summary>
    Papers,
    /// <summary>Entity to entity: co-occurrence, APPLIES, EVALUATED_ON, stated relations and the taxonomy.</summary>
    Concepts,
}
