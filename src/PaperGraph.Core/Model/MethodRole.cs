namespace PaperGraph.Model;

/// <summary>Whether a paper introduces a method or only uses, builds on or compares with it.</summary>
public enum MethodRole
{
    Used,
    Proposed,
}
