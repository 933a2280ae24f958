namespace PaperGraph.Graph;

/// <summary>Node labels of the knowledge graph: papers and the four entity kinds.</summary>
public enum NodeKind
{
    Paper,
    Method,
    Dataset,
    Task,
    Technique,
}
