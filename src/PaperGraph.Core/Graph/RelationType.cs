namespace PaperGraph.Graph;

/// <summary>Relationship types; the names are the Neo4j relationship types (cypher/README.md).</summary>
public enum RelationType
{
    /// <summary>Paper → Method it introduces.</summary>
    Proposes,
    /// <summary>Paper → Method or Technique it uses, builds on or compares with.</summary>
    Uses,
    /// <summary>Paper → Dataset it evaluates on.</summary>
    EvaluatesOn,
    /// <summary>Paper → Task it addresses.</summary>
    Addresses,
    /// <summary>Technique → broader technique, from the lexicon taxonomy.</summary>
    IsA,
    /// <summary>Entity ↔ entity mentioned in the same papers (stored once, lower node id first).</summary>
    CoOccurs,
    /// <summary>Proposed method → technique its paper uses.</summary>
    Applies,
    /// <summary>Method → dataset its paper evaluates on.</summary>
    EvaluatedOn,
    /// <summary>Named sub-module → the proposed method it is a part of ("consists of X, Y and Z").</summary>
    PartOf,
    /// <summary>Proposed method → the baseline its paper compares it with ("outperforms X", "compared with X").</summary>
    ComparedWith,
    /// <summary>Proposed method → the method or technique it builds on ("builds on X", "extends X", "based on X").</summary>
    Extends,
}
