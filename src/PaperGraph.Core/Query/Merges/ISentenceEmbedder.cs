namespace PaperGraph.Query.Merges;

/// <summary>
/// Turns names into unit-length vectors whose dot product is their closeness in meaning. Core only names it: the
/// encoder (an ONNX model) lives in PaperGraph.Embeddings so that Core and its other users stay free of it.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>One unit vector per text, in order; one batch per call.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation);
}
