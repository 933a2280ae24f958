using PaperGraph.Embeddings;
using PaperGraph.Query.Merges;
using PaperGraph.Tests.TestSupport;
using static PaperGraph.Tests.Query.Merges.MergeGraphs;

namespace PaperGraph.Tests.Query.Merges;

/// <summary>The real all-MiniLM-L6-v2 encoder: names that mean the same are close, unrelated ones are not.</summary>
public sealed class MiniLmEmbedderTests
{
    [EmbeddingModelFact]
    public void Names_that_mean_the_same_in_other_words_are_closer_than_unrelated_names()
    {
        using var embedder = MiniLmEmbedder.TryLoad(out _)!;
        var vectors = embedder.Embed(["image segmentation", "segmentation of images", "speech recognition", "ViT", "DM"], CancellationToken.None);
        Assert.All(vectors, vector => Assert.Equal(1.0, vector.Sum(x => x * x), 3));
        var same = EmbeddingCandidates.Dot(vectors[0], vectors[1]);
        var unrelated = EmbeddingCandidates.Dot(vectors[0], vectors[2]);
        Assert.True(same > 0.8, $"cosine of a paraphrase {same}");
        Assert.True(unrelated < 0.5, $"cosine of unrelated names {unrelated}");
        // Acronyms are not all one unknown token (the tokenizer's vocabulary is lower case).
        Assert.True(EmbeddingCandidates.Dot(vectors[3], vectors[4]) < 0.95);
    }

    [EmbeddingModelFact]
    public void The_embedding_generator_pairs_a_paraphrase_and_leaves_an_unrelated_name()
    {
        using var embedder = MiniLmEmbedder.TryLoad(out _)!;
        var graph = Of(Technique("image segmentation"), Technique("segmentation of images"), Technique("speech recognition"));
        var proposal = Assert.Single(new EmbeddingCandidates(embedder).Propose(new MergeScope(graph, PaperGraph.Lexicon.EntityLexicon.Empty)));
        Assert.Equal(["image segmentation", "segmentation of images"], new[] { proposal.Left.Name, proposal.Right.Name }.Order());
        Assert.Contains("same meaning in other words", proposal.Reason);
    }
}
