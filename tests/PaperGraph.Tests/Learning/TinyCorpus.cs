using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Evaluation;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Learning;

/// <summary>
/// A hand-made annotated corpus for training tests: invented words that no lexicon holds, each seen only in one kind
/// of cue context ("we release the X corpus", "we regularise with X"), with their annotations.
/// </summary>
internal static class TinyCorpus
{
    private static readonly string[] Corpora = ["Brindle", "Quorrel", "Tamsk", "Vellum", "Osprey", "Kestrix", "Marlow", "Pellan", "Rostov", "Sundew", "Thistle", "Umber"];
    private static readonly string[] Regularisers = ["glimmerprop", "fadeweave", "drizzlenorm", "hushdrop", "murmurclip", "silkshift"];

    public static IReadOnlyList<(Paper Paper, GoldPaper Gold)> Papers()
    {
        var papers = new List<(Paper, GoldPaper)>();
        for (var i = 0; i < Corpora.Length; i++)
        {
            var corpus = Corpora[i];
            var regulariser = Regularisers[i % Regularisers.Length];
            var title = $"Study {i} of text classification";
            // Each regulariser appears in papers with different cues, and never in the test sentences.
            var technique = i % 2 == 0
                ? $"We regularise the classifier with {regulariser} during training."
                : $"Training with {regulariser} reduces overfitting of the classifier.";
            var text = $"We release the {corpus} corpus of news articles. {technique} "
                + $"Experiments on {corpus} show steady gains for text classification.";
            var gold = new GoldPaper(title, "train",
            [
                new GoldEntity(EntityKind.Dataset, corpus, [], null, null),
                new GoldEntity(EntityKind.Technique, regulariser, [], null, null),
                new GoldEntity(EntityKind.Task, "text classification", [], null, null),
            ]);
            papers.Add((TestSupport.Papers.Make(title, text), gold));
        }
        return papers;
    }

    /// <summary>
    /// <see cref="Papers"/> and three times as many papers with the same cue sentences that are annotated for datasets
    /// only: the other kinds are unknown there (<paramref name="unannotatedAsEmpty"/> false) or wrongly said to be
    /// empty (true), as a corpus in another scheme would be if read naively.
    /// </summary>
    public static IReadOnlyList<(Paper Paper, GoldPaper Gold)> WithDatasetOnlyPapers(bool unannotatedAsEmpty)
    {
        var papers = new List<(Paper, GoldPaper)>(Papers());
        for (var i = 0; i < Corpora.Length * 3; i++)
        {
            var corpus = Corpora[i % Corpora.Length] + "Set";
            var regulariser = Regularisers[i % Regularisers.Length];
            var title = $"Report {i} on document ranking";
            var text = $"We release the {corpus} corpus of reviews. We regularise the ranker with {regulariser} during training. "
                + $"Results on {corpus} improve.";
            var gold = new GoldPaper(title, "train", [new GoldEntity(EntityKind.Dataset, corpus, [], null, null)])
            {
                AnnotatedKinds = unannotatedAsEmpty ? EntityKinds.Extracted : [EntityKind.Dataset],
            };
            papers.Add((TestSupport.Papers.Make(title, text), gold));
        }
        return papers;
    }
}
