namespace PaperGraph.Query.Literature;

/// <summary>Which papers on a task a question is about: all of them, those that propose a method, or those that use one.</summary>
public enum PaperRole
{
    Any,
    /// <summary>Papers with a PROPOSES edge: "which papers propose methods for task T?"</summary>
    Proposed,
    /// <summary>Papers with a USES edge to a method or technique: "which methods are used for task T?"</summary>
    Used,
}
