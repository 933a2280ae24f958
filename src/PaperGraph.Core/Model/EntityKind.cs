namespace PaperGraph.Model;

/// <summary>
/// What a node of the knowledge graph is: a paper, or one of the four kinds of entity PaperGraph extracts
/// (see docs/annotation.md), in the order the annotation guide lists them.
/// </summary>
/// <remarks>
/// One enum for the extraction half and the graph half, so a mention's kind is its node's kind with no mapping between
/// them. Recognizers, the lexicon and the binder never produce <see cref="Paper"/>; <see cref="EntityKinds.Extracted"/>
/// lists the four they do. Graph files store kinds by their own codes (<c>GraphFileFormat</c>), not by these values.
/// </remarks>
public enum EntityKind
{
    Paper,
    Method,
    Dataset,
    Technique,
    Task,
}
