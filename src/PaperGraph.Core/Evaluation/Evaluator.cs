using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Model;

namespace PaperGraph.Evaluation;

/// <summary>
/// Scores extractions against the dev set. A prediction matches a gold entity of the same kind when any of their
/// surface forms (name, aliases, long form, mention texts) share a canonical key; matching is one-to-one.
/// </summary>
internal static class Evaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<GoldPaper> gold, IEnumerable<ExtractedPaper> extracted)
    {
        var byTitle = new Dictionary<string, ExtractedPaper>(StringComparer.Ordinal);
        foreach (var paper in extracted)
        {
            byTitle.TryAdd(PaperId.NormalizeTitle(paper.Paper.Title), paper);
        }

        var scores = new Dictionary<string, Dictionary<string, Score>>(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<EvaluationError>();
        var unmatched = ImmutableArray.CreateBuilder<string>();
        var scored = 0;
        foreach (var goldPaper in gold)
        {
            if (!byTitle.TryGetValue(PaperId.NormalizeTitle(goldPaper.Title), out var prediction))
            {
                unmatched.Add(goldPaper.Title);
                continue;
            }
            scored++;
            foreach (var category in EvaluationReport.Categories)
            {
                if (!goldPaper.Annotates(KindOf(category)))
                {
                    continue;
                }
                var (score, categoryErrors) = ScorePaper(goldPaper, prediction, category);
                foreach (var split in new[] { goldPaper.Split, "all" }.Distinct())
                {
                    if (!scores.TryGetValue(split, out var bySplit))
                    {
                        scores[split] = bySplit = new Dictionary<string, Score>(StringComparer.Ordinal);
                    }
                    bySplit[category] = bySplit.GetValueOrDefault(category, Score.Zero) + score;
                }
                errors.AddRange(categoryErrors);
            }
        }
        return new EvaluationReport(
            scores.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableDictionary()),
            errors.ToImmutable(), scored, unmatched.ToImmutable());
    }

    private static EntityKind KindOf(string category) =>
        category == "proposed method" ? EntityKind.Method : EntityKinds.Extracted.Single(k => k.ToName() == category);

    private static (Score Score, List<EvaluationError> Errors) ScorePaper(GoldPaper gold, ExtractedPaper prediction, string category)
    {
        var proposedOnly = category == "proposed method";
        var kind = KindOf(category);
        var goldEntities = gold.Entities.Where(entity => entity.Kind == kind && (!proposedOnly || entity.Role == MethodRole.Proposed)).ToList();
        var predicted = prediction.Entities.Where(entity => entity.Kind == kind && (!proposedOnly || entity.Role == MethodRole.Proposed)).ToList();

        var goldKeys = goldEntities.Select(entity => entity.SurfaceForms.Select(EntityKey.From).ToHashSet(StringComparer.Ordinal)).ToList();
        var matchedGold = new bool[goldEntities.Count];
        var truePositives = 0;
        var outsideLexicon = 0;
        var errors = new List<EvaluationError>();
        foreach (var entity in predicted)
        {
            var keys = entity.SurfaceForms.Select(EntityKey.From).ToHashSet(StringComparer.Ordinal);
            var match = -1;
            for (var i = 0; i < goldEntities.Count; i++)
            {
                if (!matchedGold[i] && goldKeys[i].Overlaps(keys))
                {
                    match = i;
                    break;
                }
            }
            if (match >= 0)
            {
                matchedGold[match] = true;
                truePositives++;
                if (!entity.IsFromLexicon)
                {
                    outsideLexicon++;
                }
            }
            else
            {
                errors.Add(new EvaluationError(gold.Split, gold.Title, "false positive", category, entity.Name));
            }
        }
        for (var i = 0; i < goldEntities.Count; i++)
        {
            if (!matchedGold[i])
            {
                errors.Add(new EvaluationError(gold.Split, gold.Title, "miss", category, goldEntities[i].Name));
            }
        }
        var falsePositives = predicted.Count - truePositives;
        var falseNegatives = goldEntities.Count - truePositives;
        return (new Score(truePositives, falsePositives, falseNegatives, outsideLexicon), errors);
    }
}
