using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The extension point for <c>papergraph export --format NAME</c>: one class per format, registered in
/// <see cref="ExporterRegistry"/>. File formats write to a stream; folder formats (neo4j-admin CSV) to a directory.
/// </summary>
/// <remarks>Exports must be deterministic: the same graph gives the same bytes.</remarks>
internal abstract class GraphExporter
{
    /// <summary>The value of --format ("graphml").</summary>
    public abstract string Format { get; }

    /// <summary>One line for the command's help.</summary>
    public abstract string Description { get; }

    /// <summary>The file extension of the default output name (".graphml"); empty for folder formats.</summary>
    public abstract string DefaultExtension { get; }

    /// <summary>True when the format is a folder of files rather than one file.</summary>
    public virtual bool WritesDirectory => false;

    /// <summary>
    /// How many nodes the format's picture stays readable (and quick to lay out) with; null when it has no picture.
    /// Above it, <c>export</c> keeps that many of the most connected nodes unless asked for everything.
    /// </summary>
    public virtual int? ReadableNodeLimit => null;

    /// <summary>
    /// How many <see cref="ExportRun.Step"/>s writing <paramref name="graph"/> takes: by default one per node and one
    /// per relationship; a format that writes them twice, or lays them out first, counts that too.
    /// </summary>
    public virtual long Steps(KnowledgeGraph graph) => graph.Nodes.Length + (long)graph.Edges.Length;

    /// <summary>Writes a one-file format, without progress or cancellation.</summary>
    public void Write(KnowledgeGraph graph, Stream output) => Write(graph, output, ExportRun.None);

    /// <summary>Writes a one-file format, telling <paramref name="run"/> every step and stopping when it is cancelled.</summary>
    public virtual void Write(KnowledgeGraph graph, Stream output, ExportRun run) =>
        throw new NotSupportedException($"{Format} writes a directory");

    /// <summary>Writes a folder format into an existing, empty directory, without progress or cancellation.</summary>
    public void WriteDirectory(KnowledgeGraph graph, string directory) => WriteDirectory(graph, directory, ExportRun.None);

    /// <summary>Writes a folder format into an existing, empty directory, telling <paramref name="run"/> every step.</summary>
    public virtual void WriteDirectory(KnowledgeGraph graph, string directory, ExportRun run) =>
        throw new NotSupportedException($"{Format} writes a single file");
}
