using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Evaluation;
using PaperGraph.Lexicon;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>Settings of a training run; the defaults made the shipped model.</summary>
internal sealed record TrainingOptions
{
    public int TaggerEpochs { get; init; } = 8;
    public int DecisionEpochs { get; init; } = 10;

    /// <summary>
    /// The decision stage learns from tagger candidates on papers the tagger did not train on: the training papers are
    /// cut into this many folds, and each fold is tagged by a tagger trained on the others.
    /// </summary>
    public int Folds { get; init; } = 5;
}

/// <summary>
/// Learns an <see cref="ExtractionModel"/> from annotated papers: the tagger from gold BIO tags, the decision stage
/// from every recognizer candidate labelled by whether its canonical key is an annotated entity, and as what.
/// </summary>
/// <remarks>Deterministic: the same papers, annotations, lexicon and options give the same model, byte for byte.</remarks>
internal static class ModelTrainer
{
    public static ExtractionModel Train(
        IReadOnlyList<(Paper Paper, GoldPaper Gold)> papers,
        EntityLexicon lexicon,
        TrainingOptions? options = null,
        Action<string>? progress = null)
    {
        options ??= new TrainingOptions();
        progress ??= _ => { };
        var recognizers = RecognizerRegistry.BuiltIn.Where(recognizer => recognizer is not TaggerRecognizer).ToImmutableArray();
        var examples = new List<TrainingExample>(papers.Count);
        foreach (var (paper, gold) in papers)
        {
            examples.Add(Prepare(paper, gold, lexicon, recognizers));
        }
        progress($"prepared {examples.Count} annotated papers");

        // Tagger candidates for the decision stage come from taggers that never saw the paper they tag.
        var taggerCandidates = new List<EntityCandidate>[examples.Count];
        var folds = Math.Max(2, options.Folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, index) => index % folds != fold).ToList();
            var tagger = TrainTagger(training, options.TaggerEpochs);
            for (var index = fold; index < examples.Count; index += folds)
            {
                // Tagging also leaves this fold tagger's scores on the facts, which the decision stage reads.
                taggerCandidates[index] = TaggerCandidates(tagger, examples[index].Facts);
            }
            progress($"tagger fold {fold + 1} of {folds}");
        }

        var decision = TrainDecision(examples, taggerCandidates, options.DecisionEpochs);
        progress("decision stage trained");
        var finalTagger = TrainTagger(examples, options.TaggerEpochs);
        progress("tagger trained on all papers");
        return new ExtractionModel(finalTagger, decision);
    }

    private static TrainingExample Prepare(Paper paper, GoldPaper gold, EntityLexicon lexicon, ImmutableArray<Recognizer> recognizers)
    {
        var document = Document.Parse(paper);
        var acronyms = AcronymDetector.Detect(document);
        var context = new RecognitionContext(document, lexicon, acronyms) { IsDecided = true };
        foreach (var recognizer in recognizers)
        {
            context.CurrentRecognizerId = recognizer.Id;
            recognizer.Recognize(context);
        }
        // The tagger's features see every candidate, junk included, as they do at extraction time.
        var facts = new DocumentFacts(document, acronyms, context.Candidates);
        var candidates = JunkFilter.Filter(document, context.Candidates);
        var titleTags = GoldAlignment.Tags(document.Title, gold);
        var abstractTags = GoldAlignment.Tags(document.Abstract, gold);
        return new TrainingExample(facts, candidates, gold, titleTags, abstractTags, GoldAlignment.LabelsByKey(gold),
            GoldAlignment.AllowedTags(titleTags, gold), GoldAlignment.AllowedTags(abstractTags, gold));
    }

    internal static List<EntityCandidate> TaggerCandidates(SequenceTagger tagger, DocumentFacts facts)
    {
        var result = new List<EntityCandidate>();
        foreach (var section in facts.Document.Sections)
        {
            var tags = tagger.Tag(facts, facts[section.Field]);
            foreach (var (first, last, label) in TagScheme.Spans(tags))
            {
                var span = Text.TextSpan.FromBounds(section.Tokens[first].Span.Start, section.Tokens[last].Span.End);
                result.Add(new EntityCandidate(label.Kind(), section.Field, span, TaggerRecognizer.RecognizerId, CandidateStrength.Pattern, [], label.Role()));
            }
        }
        return result;
    }

    private const ulong TransitionTemplate = 900;

    internal static ulong TransitionFeature(int previous) => FeatureHash.Combine(TransitionTemplate, (ulong)previous);

    private static SequenceTagger TrainTagger(List<TrainingExample> examples, int epochs)
    {
        var perceptron = new AveragedPerceptron(TagScheme.Count);
        var transitions = new float[(TagScheme.Count + 1) * TagScheme.Count];
        var transitionFeatures = new ulong[TagScheme.Count + 1];
        for (var p = 0; p <= TagScheme.Count; p++)
        {
            transitionFeatures[p] = TransitionFeature(p);
        }
        var order = Enumerable.Range(0, examples.Count * 2).ToArray();
        var random = new SplitMix(17);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var item in order)
            {
                var example = examples[item / 2];
                var field = item % 2 == 0 ? DocumentField.Title : DocumentField.Abstract;
                var gold = example.TagsOf(field);
                if (gold.Length == 0)
                {
                    continue;
                }
                var features = FeaturesOf(example, field);
                for (var p = 0; p <= TagScheme.Count; p++)
                {
                    var row = transitions.AsSpan(p * TagScheme.Count, TagScheme.Count);
                    row.Clear();
                    perceptron.AddScores([transitionFeatures[p]], row);
                }
                var scores = new float[gold.Length * TagScheme.Count];
                for (var i = 0; i < gold.Length; i++)
                {
                    perceptron.AddScores(features[i], scores.AsSpan(i * TagScheme.Count, TagScheme.Count));
                }
                var constrained = SequenceTagger.Constrain(transitions);
                var predicted = SequenceTagger.Viterbi(scores, gold.Length, constrained);
                if (example.AllowedOf(field) is { } allowed)
                {
                    // Partly annotated: the target is the model's own best sequence among those the annotations allow,
                    // so a name of an unannotated kind is neither taught as one nor as outside (latent structured perceptron).
                    gold = SequenceTagger.Viterbi(Masked(scores, allowed), gold.Length, constrained);
                }
                for (var i = 0; i < gold.Length; i++)
                {
                    var goldPrevious = i == 0 ? TagScheme.Count : gold[i - 1];
                    var predictedPrevious = i == 0 ? TagScheme.Count : predicted[i - 1];
                    if (gold[i] != predicted[i])
                    {
                        perceptron.Update(features[i], gold[i], predicted[i]);
                    }
                    if (gold[i] != predicted[i] || goldPrevious != predictedPrevious)
                    {
                        perceptron.Update(transitionFeatures[goldPrevious], gold[i], 1f);
                        perceptron.Update(transitionFeatures[predictedPrevious], predicted[i], -1f);
                    }
                }
                perceptron.Tick();
            }
        }
        var weights = perceptron.Freeze();
        var final = new float[(TagScheme.Count + 1) * TagScheme.Count];
        for (var p = 0; p <= TagScheme.Count; p++)
        {
            weights.AddTo(transitionFeatures[p], final.AsSpan(p * TagScheme.Count, TagScheme.Count));
        }
        return new SequenceTagger(weights, final);
    }

    private static float[] Masked(float[] scores, int[] allowed)
    {
        var masked = (float[])scores.Clone();
        for (var i = 0; i < allowed.Length; i++)
        {
            for (var t = 0; t < TagScheme.Count; t++)
            {
                if ((allowed[i] & (1 << t)) == 0)
                {
                    masked[i * TagScheme.Count + t] = float.NegativeInfinity;
                }
            }
        }
        return masked;
    }

    private static ulong[][] FeaturesOf(TrainingExample example, DocumentField field)
    {
        var slot = field == DocumentField.Title ? 0 : 1;
        if (example.TokenFeatureCache[slot] is { } cached)
        {
            return cached;
        }
        var section = example.Facts[field];
        var result = new ulong[section.Lower.Length][];
        Span<ulong> buffer = stackalloc ulong[TokenFeatures.MaxPerToken];
        for (var i = 0; i < result.Length; i++)
        {
            var n = TokenFeatures.Extract(example.Facts, section, i, buffer);
            result[i] = buffer[..n].ToArray();
        }
        example.TokenFeatureCache[slot] = result;
        return result;
    }

    private static LinearWeights TrainDecision(List<TrainingExample> examples, List<EntityCandidate>[] taggerCandidates, int epochs)
    {
        var items = new List<(ulong[] Features, int Label)>();
        Span<ulong> buffer = stackalloc ulong[CandidateFeatures.MaxFeatures];
        for (var e = 0; e < examples.Count; e++)
        {
            var example = examples[e];
            var candidates = new List<EntityCandidate>(example.Candidates.Length + taggerCandidates[e].Count);
            candidates.AddRange(example.Candidates);
            candidates.AddRange(JunkFilter.Filter(example.Facts.Document, [.. taggerCandidates[e]]));
            foreach (var group in CandidateGroup.From(example.Facts, candidates))
            {
                var n = CandidateFeatures.Extract(example.Facts, group, buffer);
                var label = example.Labels.GetValueOrDefault(EntityKey.From(group.Text), EntityLabel.None);
                if (label == EntityLabel.None && !example.IsComplete && !group.Candidates.TrueForAll(candidate => example.Gold.Annotates(candidate.Kind)))
                {
                    // Partly annotated: a span proposed as a kind nobody annotated here may well be one; no label to learn.
                    continue;
                }
                items.Add((buffer[..n].ToArray(), (int)label));
            }
        }
        var perceptron = new AveragedPerceptron(ExtractionModel.DecisionClasses);
        var order = Enumerable.Range(0, items.Count).ToArray();
        var random = new SplitMix(29);
        var scores = new float[ExtractionModel.DecisionClasses];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = items[index];
                Array.Clear(scores);
                perceptron.AddScores(features, scores);
                var predicted = 0;
                for (var c = 1; c < scores.Length; c++)
                {
                    if (scores[c] > scores[predicted])
                    {
                        predicted = c;
                    }
                }
                if (predicted != label)
                {
                    perceptron.Update(features, label, predicted);
                }
                perceptron.Tick();
            }
        }
        return perceptron.Freeze();
    }

    /// <summary>A small deterministic generator (SplitMix64), so shuffles are the same on every runtime.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }

        public void Shuffle(int[] values)
        {
            for (var i = values.Length - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (values[i], values[j]) = (values[j], values[i]);
            }
        }
    }
}
