namespace PaperGraph.Binding;

/// <summary>Relations between two entities of one paper that its text states in so many words.</summary>
public enum StatedRelationKind
{
    /// <summary>A named sub-module of the proposed method ("consists of X, Y and Z"): part → whole.</summary>
    PartOf,
    /// <summary>The proposed method is compared with a baseline ("outperforms X", "compared with X"): proposed → baseline.</summary>
    ComparedWith,
    /// <summary>The proposed method builds on earlier work ("builds on X", "extends X", "based on X"): proposed → base.</summary>
    Extends,
}
