using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Finds datasets by context: "the X dataset", "X benchmark", "datasets such as X, Y and Z", and names listed
/// together with a dataset the lexicon knows ("on CIFAR-10, Foo-5k and ImageNet").
/// </summary>
internal sealed class DatasetPatternRecognizer : Recognizer
{
    private const int MaxNameTokens = 4;

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "Our", "We", "This", "These", "That", "Those", "Extensive", "Experiments", "Experimental", "Results", "Both", "All",
        "Two", "Three", "Four", "Five", "Several", "Many", "Multiple", "Public", "Real", "Large", "New", "Existing", "Standard",
        "Popular", "Benchmark", "Dataset", "Datasets", "In", "On", "For", "With", "Each", "Various", "Different", "Other", "A", "An",
        "Moreover", "Furthermore", "Finally", "Specifically", "Additionally", "However", "Code", "It", "Its", "Their", "Such",
    }.ToFrozenSet(StringComparer.Ordinal);

    public override string Id => "dataset-pattern";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Dataset];

    private static readonly FrozenSet<string> EvaluationCues = new[]
    {
        "experiments", "experiment", "evaluations", "evaluation", "results", "evaluated", "evaluate", "tested", "test", "trained",
        "benchmarked", "validated", "performance", "accuracy", "conducted", "achieves", "achieve", "outperforms",
        "mAP", "mIoU", "AP", "PSNR", "SSIM", "F1", "AUC", "AUROC", "FID", "BLEU", "top-1", "gain", "improvement",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override void Recognize(RecognitionContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            ReportEvaluationTargets(context, section);
            ReportListSiblingsOfKnownDatasets(context, section);
            var tokens = section.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = section.GetText(i);
                if (!WordLists.DatasetHeads.Contains(word) || tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }
                // "the X dataset": a name right before the head noun.
                if (NameBefore(section, i) is { } before)
                {
                    context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, before.First, before.Last), CandidateStrength.Pattern);
                    ReportCoordinated(context, section, before.First);
                }
                // "datasets such as X, Y and Z" / "benchmarks (X, Y, Z)" / "datasets: X and Y".
                var listStart = ListStartAfter(section, i);
                if (listStart >= 0)
                {
                    foreach (var (first, last) in ListItems(section, listStart))
                    {
                        context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, first, last), CandidateStrength.Pattern);
                    }
                }
            }
        }
    }

    /// <summary>"experiments on X, Y and Z": distinctive names right after an evaluation cue and "on".</summary>
    private static void ReportEvaluationTargets(RecognitionContext context, DocumentSection section)
    {
        var tokens = section.Tokens;
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (section.GetText(i) is not "on" || !EvaluationCueBefore(section, i))
            {
                continue;
            }
            var start = i + 1;
            if (start < tokens.Length && section.GetText(start) is "the")
            {
                start++;
            }
            foreach (var (first, last) in ListItems(section, start))
            {
                var text = section.Text.ToString(NameShape.SpanOf(section, first, last));
                if (NameShape.IsDistinctive(section.GetChars(tokens[first])) || NameShape.IsAllCaps(section.GetChars(tokens[first])) || last > first)
                {
                    if (!WordLists.NotMethodNames.Contains(text))
                    {
                        context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, first, last), CandidateStrength.Pattern);
                    }
                }
            }
        }
    }

    /// <summary>"ZedSet", "Wobble-9k", "KITTI": some piece is camel case, all capitals or a number joined to a word.</summary>
    private static bool IsDistinctiveCompound(DocumentSection section, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var token = section.Tokens[i];
            var piece = section.GetChars(token);
            if (NameShape.IsDistinctive(piece) || NameShape.IsAllCaps(piece) || i > first && token.IsWordLike && char.IsDigit(piece[0]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EvaluationCueBefore(DocumentSection section, int on)
    {
        for (var j = on - 1; j >= 0 && on - j <= 3; j--)
        {
            if (EvaluationCues.Contains(section.GetText(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"CIFAR-10, Foo-5k and ImageNet": unknown names listed with a dataset the lexicon knows are datasets too.</summary>
    private static void ReportListSiblingsOfKnownDatasets(RecognitionContext context, DocumentSection section)
    {
        var tokens = section.Tokens;
        var matches = context.LexiconMatches(section);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (matches[i] is not { } match || !match.Entries.Any(entry => entry.Kind == EntityKind.Dataset))
            {
                continue;
            }
            var last = i + match.TokenCount - 1;
            // Walk the list forwards and backwards over ", X", "and X", "or X".
            var next = last + 1;
            while (next + 1 < tokens.Length && section.GetText(next) is "," or "and" or "or")
            {
                var itemStart = next + 1;
                if (itemStart < tokens.Length && section.GetText(itemStart) is "and" or "or")
                {
                    itemStart++;
                }
                if (itemStart >= tokens.Length || !tokens[itemStart].IsWordLike || !IsNamePiece(section.GetText(itemStart)))
                {
                    break;
                }
                var itemLast = NameShape.ExtendCompound(section, itemStart);
                if (!IsDistinctiveCompound(section, itemStart, itemLast))
                {
                    break;
                }
                context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, itemStart, itemLast), CandidateStrength.Pattern);
                next = itemLast + 1;
            }
            ReportCoordinatedDistinctive(context, section, i);
            i = last;
        }
    }

    private static void ReportCoordinatedDistinctive(RecognitionContext context, DocumentSection section, int first)
    {
        var tokens = section.Tokens;
        var i = first - 1;
        while (i >= 1 && section.GetText(i) is "," or "and" or "or")
        {
            var last = i - 1;
            if (last >= 0 && section.GetText(last) is ",")
            {
                last--;
            }
            var start = last;
            while (start - 2 >= 0 && tokens[start].IsJoinedToPrevious && tokens[start - 1].IsJoinedToPrevious)
            {
                start -= 2;
            }
            if (start < 0 || !tokens[start].IsWordLike || !IsDistinctiveCompound(section, start, last))
            {
                return;
            }
            context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, start, last), CandidateStrength.Pattern);
            i = start - 1;
        }
    }

    private static (int First, int Last)? NameBefore(DocumentSection section, int head)
    {
        var tokens = section.Tokens;
        var last = head - 1;
        if (last < 0 || !tokens[last].IsWordLike)
        {
            return null;
        }
        var first = last;
        // Walk back over name pieces (capitalised words, numbers, joined hyphens).
        while (first >= 0 && head - first <= MaxNameTokens * 2)
        {
            var piece = section.GetText(first);
            var isName = tokens[first].IsWordLike && IsNamePiece(piece);
            var isJoiner = !tokens[first].IsWordLike && tokens[first].IsJoinedToPrevious && piece is "-" or "/" or "." && first + 1 <= last;
            if (!isName && !isJoiner)
            {
                break;
            }
            first--;
        }
        first++;
        while (first <= last && !tokens[first].IsWordLike)
        {
            first++;
        }
        if (first > last || !ContainsNameSignal(section, first, last))
        {
            return null;
        }
        return (first, last);
    }

    private static bool IsNamePiece(string piece) =>
        !NotNames.Contains(piece) && (char.IsUpper(piece[0]) || char.IsDigit(piece[0]) || NameShape.IsDistinctive(piece));

    private static bool ContainsNameSignal(DocumentSection section, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var piece = section.GetText(i);
            if (section.Tokens[i].IsWordLike && (NameShape.IsDistinctive(piece) || NameShape.IsAllCaps(piece) || char.IsUpper(piece[0]) && !IsSentenceStart(section, i)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSentenceStart(DocumentSection section, int index) => section.SentenceOfToken(index).FirstToken == index;

    private static int ListStartAfter(DocumentSection section, int head)
    {
        var tokens = section.Tokens;
        var next = head + 1;
        if (next >= tokens.Length)
        {
            return -1;
        }
        var word = section.GetText(next);
        if (word is "(" or ":")
        {
            return next + 1;
        }
        if (word is "such" && next + 1 < tokens.Length && section.GetText(next + 1) == "as")
        {
            return next + 2;
        }
        if (word is "including" or "like" or "namely" or "of")
        {
            return next + 1;
        }
        if (word is "," && next + 2 < tokens.Length && section.GetText(next + 1) is "e.g" or "i.e" or "e" && section.GetText(next + 2) is ".")
        {
            var after = next + 3;
            while (after < tokens.Length && section.GetText(after) is "," or "." or "g")
            {
                after++;
            }
            return after;
        }
        if (word is "," && next + 1 < tokens.Length && section.GetText(next + 1) is "including" or "namely")
        {
            return next + 2;
        }
        return -1;
    }

    /// <summary>Items of "X, Y, and Z": each a name; stops at the first piece that is not one.</summary>
    private static IEnumerable<(int First, int Last)> ListItems(DocumentSection section, int start)
    {
        var tokens = section.Tokens;
        var i = start;
        while (i < tokens.Length)
        {
            var piece = section.GetText(i);
            if (piece is "," or "and" or "or")
            {
                i++;
                continue;
            }
            if (!tokens[i].IsWordLike || !IsNamePiece(piece))
            {
                yield break;
            }
            var last = NameShape.ExtendCompound(section, i);
            while (last + 1 < tokens.Length && tokens[last + 1].IsWordLike && IsNamePiece(section.GetText(last + 1)) && last + 1 - i < MaxNameTokens)
            {
                last = NameShape.ExtendCompound(section, last + 1);
            }
            yield return (i, last);
            i = last + 1;
        }
    }

    /// <summary>"X, Y and Z datasets": names coordinated before the one found.</summary>
    private static void ReportCoordinated(RecognitionContext context, DocumentSection section, int first)
    {
        var tokens = section.Tokens;
        var i = first - 1;
        while (i >= 1 && section.GetText(i) is "," or "and" or "or")
        {
            var last = i - 1;
            var start = last;
            while (start - 1 >= 0 && (tokens[start - 1].IsJoinedToPrevious || tokens[start].IsJoinedToPrevious) && start - 1 >= 0 && (tokens[start - 1].IsWordLike || section.GetText(start - 1) is "-"))
            {
                start--;
            }
            while (start <= last && !tokens[start].IsWordLike)
            {
                start++;
            }
            if (start > last || !IsNamePiece(section.GetText(start)) || !ContainsNameSignal(section, start, last))
            {
                return;
            }
            context.Report(EntityKind.Dataset, section.Field, NameShape.SpanOf(section, start, last), CandidateStrength.Pattern);
            i = start - 1;
            if (i >= 0 && section.GetText(i) is "," && i - 1 >= 0 && section.GetText(i - 1) is "and")
            {
                i--;
            }
        }
    }
}
