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
        var scores = new float[groups.Count * DecisionClasses];
        var keys = new string[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var n = CandidateFeatures.Extract(facts, groups[g], features);
            var row = scores.AsSpan(g * DecisionClasses, DecisionClasses);
            Decision.AddAll(features[..n], row);
            keys[g] = EntityKey.From(groups[g].Text);
        }

        // One decision per entity: every mention of a surface form, and an acronym with its long form, vote with their
        // scores, so one form gets one kind in the paper and "Partial Domain Adaptation (PDA)" is one thing.
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string key)
        {
            while (entityOf.TryGetValue(key, out var parent) && parent != key)
            {
                key = parent;
            }
            return key;
        }
        foreach (var definition in facts.Acronyms)
        {
            var shortRoot = Root(EntityKey.From(definition.ShortForm));
            var longRoot = Root(EntityKey.From(definition.LongForm));
            if (shortRoot != longRoot)
            {
                entityOf[shortRoot] = longRoot;
            }
        }
        var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var root = Root(keys[g]);
            if (!votes.TryGetValue(root, out var sum))
            {
                votes[root] = sum = new float[DecisionClasses];
            }
            for (var c = 0; c < DecisionClasses; c++)
            {
                sum[c] += scores[g * DecisionClasses + c];
            }
        }

        var kept = new List<(CandidateGroup Group, EntityLabel Label, float Margin)>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var own = scores.AsSpan(g * DecisionClasses, DecisionClasses);
            var best = ArgMax(own);
            var entity = ArgMax(votes[Root(keys[g])]);
            if (CuratedLabel(groups[g]) is { } curated)
            {
                // A curated, specific lexicon entry ("mixup", "CutMix", or the user's own --lexicon) is knowledge the
                // annotated papers may never have shown the model: it stays, as the lexicon's kind; for a method the
                // model still decides the role.
                var modelSaysMethod = entity is (int)EntityLabel.ProposedMethod or (int)EntityLabel.UsedMethod;
                entity = modelSaysMethod && curated.Kind() == Model.EntityKind.Method ? entity : (int)curated;
                best = entity;
            }
            else if (best == (int)EntityLabel.None || entity == (int)EntityLabel.None)
            {
                continue;
            }
            kept.Add((groups[g], (EntityLabel)entity, Math.Max(own[best] - own[0], 1e-3f)));
        }

        var result = ImmutableArray.CreateBuilder<EntityCandidate>(kept.Count);
        foreach (var (group, label, margin) in kept)
        {
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
                Name = group.IsExpanded ? group.Text : null,
            });
        }
        return result.ToImmutable();
    }

    /// <summary>The label of a specific (non-generic) lexicon entry among the group's candidates, if any.</summary>
    private static EntityLabel? CuratedLabel(CandidateGroup group)
    {
        foreach (var candidate in group.Candidates)
        {
            if (!candidate.Entries.IsEmpty && !candidate.Entries.Any(entry => entry.IsGeneric))
            {
                return EntityLabels.From(candidate.Kind, candidate.Role);
            }
        }
        return null;
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }
}
