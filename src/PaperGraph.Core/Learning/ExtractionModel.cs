using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>
/// A trained extraction model: a sequence tagger that proposes names no list holds, and a decision stage that sees
/// every candidate span from every recognizer and decides whether to keep it, its kind and its role.
/// </summary>
/// <remarks>
/// Made by <see cref="ModelTrainer"/> (<c>papergraph train</c>), read and written by <see cref="ModelFile"/>. The
/// default model ships inside the tool (<see cref="BuiltIn"/>).
/// </remarks>
public sealed class ExtractionModel
{
    internal const int DecisionClasses = EntityLabels.EntityCount + 1;

    internal ExtractionModel(SequenceTagger tagger, LinearWeights decision)
    {
        Tagger = tagger;
        Decision = decision;
    }

    private static readonly bool KeepAll = Environment.GetEnvironmentVariable("PG_KEEP_ALL") == "1";
    internal SequenceTagger Tagger { get; }
    internal LinearWeights Decision { get; }

    /// <summary>Number of weighted features in the tagger and the decision stage.</summary>
    public (int Tagger, int Decision) FeatureCounts => (Tagger.Emissions.FeatureCount, Decision.FeatureCount);

    private static readonly Lazy<ExtractionModel?> BuiltInModel = new(() =>
    {
        using var stream = typeof(ExtractionModel).Assembly.GetManifestResourceStream("PaperGraph.Learning.default.pgm");
        if (stream is null)
        {
            return null;
        }
        var (model, problem) = ModelFile.Read(stream, "built-in model");
        return problem is null ? model : throw new InvalidDataException($"The built-in model is damaged: {problem.Message}");
    });

    /// <summary>The model that ships inside the tool, trained by <c>papergraph train</c> on the annotated papers in models/training.</summary>
    public static ExtractionModel? BuiltIn => BuiltInModel.Value;

    /// <summary>The tagger's entity spans in one section.</summary>
    internal List<(int First, int Last, EntityLabel Label)> TagSection(DocumentFacts facts, DocumentField field) =>
        TagScheme.Spans(Tagger.Tag(facts, facts[field]));

    /// <summary>
    /// Decides every candidate span: kept spans come back as one candidate each, with the decided kind and role and a
    /// precedence (how far the best label scored above dropping it) that the binder resolves overlaps by; one surface
    /// form gets one kind in the paper.
    /// </summary>
    internal ImmutableArray<EntityCandidate> Decide(DocumentFacts facts, IReadOnlyList<EntityCandidate> candidates)
    {
        var groups = CandidateGroup.From(facts, candidates);
        Span<ulong> features = stackalloc ulong[CandidateFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[DecisionClasses];
        var kept = new List<(CandidateGroup Group, EntityLabel Label, float Margin, string Key)>(groups.Count);
        foreach (var group in groups)
        {
            var n = CandidateFeatures.Extract(facts, group, features);
            scores.Clear();
            foreach (var feature in features[..n])
            {
                Decision.AddTo(feature, scores);
            }
            var best = 0;
            for (var c = 1; c < DecisionClasses; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }
            if (KeepAll && best == 0) { best = 1; for (var c = 2; c < DecisionClasses; c++) { if (scores[c] > scores[best]) best = c; } }
            if (best != (int)EntityLabel.None)
            {
                kept.Add((group, (EntityLabel)best, scores[best] - scores[0], EntityKey.From(group.Text)));
            }
        }

        // One kind per surface form in a paper: the most confident decision of a key speaks for all its mentions.
        var labelOfKey = new Dictionary<string, (EntityLabel Label, float Margin)>(StringComparer.Ordinal);
        foreach (var (_, label, margin, key) in kept)
        {
            if (!labelOfKey.TryGetValue(key, out var current) || margin > current.Margin)
            {
                labelOfKey[key] = (label, margin);
            }
        }

        var result = ImmutableArray.CreateBuilder<EntityCandidate>(kept.Count);
        foreach (var (group, _, margin, key) in kept)
        {
            var label = labelOfKey[key].Label;
            var kind = label.Kind();
            EntityCandidate? source = null;
            var strength = CandidateStrength.Weak;
            foreach (var candidate in group.Candidates)
            {
                if (candidate.Kind == kind && (source is null || source.Entries.IsEmpty && !candidate.Entries.IsEmpty))
                {
                    source = candidate;
                }
                strength = candidate.Strength > strength ? candidate.Strength : strength;
            }
            source ??= group.Candidates[0];
            result.Add(new EntityCandidate(kind, group.Field, group.Span, source.RecognizerId, strength,
                source.Kind == kind ? source.Entries : [], label.Role())
            {
                Precedence = margin,
            });
        }
        return result.ToImmutable();
    }
}
