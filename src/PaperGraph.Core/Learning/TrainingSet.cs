using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Evaluation;

namespace PaperGraph.Learning;

/// <summary>Pairs annotated papers with the corpus papers they annotate, by normalised title (as eval does).</summary>
internal static class TrainingSet
{
    /// <summary>The pairs in annotation order; corpus diagnostics go to <paramref name="report"/>.</summary>
    public static List<(Paper Paper, GoldPaper Gold)> Match(IReadOnlyList<GoldPaper> gold, CorpusReader corpus, Action<Diagnostic> report)
    {
        var wanted = new Dictionary<string, Paper?>(StringComparer.Ordinal);
        foreach (var paper in gold)
        {
            wanted.TryAdd(PaperId.NormalizeTitle(paper.Title), null);
        }
        foreach (var entry in corpus.ReadPapers())
        {
            if (entry is DiagnosticEntry problem)
            {
                report(problem.Diagnostic);
            }
            if (entry is PaperEntry { Paper: var paper } && wanted.TryGetValue(PaperId.NormalizeTitle(paper.Title), out var existing) && existing is null)
            {
                wanted[PaperId.NormalizeTitle(paper.Title)] = paper;
            }
        }
        var pairs = new List<(Paper, GoldPaper)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in gold)
        {
            var key = PaperId.NormalizeTitle(paper.Title);
            if (wanted[key] is { } found && used.Add(key))
            {
                pairs.Add((found, paper));
            }
        }
        return pairs;
    }
}
