using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Finds the problem a paper addresses from phrases that end in a task head noun ("image manipulation
/// localization", "click-through rate prediction") where the context marks a task: "for X", "the task of X",
/// "X task", or the title.
/// </summary>
internal sealed class TaskPatternRecognizer : Recognizer
{
    private const int MaxModifiers = 4;

    private static readonly FrozenSet<string> NotModifiers = new[]
    {
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "with", "by", "from", "via", "our", "their", "its", "this",
        "that", "these", "those", "novel", "new", "existing", "previous", "accurate", "efficient", "effective", "robust", "better",
        "state-of-the-art", "various", "different", "downstream", "many", "several", "most", "more", "less", "both", "such", "each",
        "improved", "improving", "improve", "enhanced", "towards", "toward", "is", "are", "was", "were", "be", "been", "can",
        "which", "while", "as", "at", "we", "it", "they", "than", "also", "further", "general", "generic", "simple", "strong",
        "challenging", "important", "fundamental", "traditional", "conventional", "standard", "typical", "current", "recent",
        "high", "low", "good", "poor", "final", "overall", "joint", "real-world", "large-scale", "fine-grained", "performing",
        "perform", "performs", "achieve", "achieves", "learning", "deep", "neural", "based", "using", "task", "tasks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LeftCues = new[] { "for", "of", "on", "in", "to", "towards", "toward", "tackle", "address", "addresses", "tackles" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override string Id => "task-pattern";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Task];

    public override void Recognize(RecognitionContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            var tokens = section.Tokens;
            for (var head = 0; head < tokens.Length; head++)
            {
                if (tokens[head].Kind != TokenKind.Word)
                {
                    continue;
                }
                var headLast = HeadEnd(section, head);
                var headWord = section.GetText(head, headLast);
                if (!WordLists.TaskHeads.Contains(headWord))
                {
                    continue;
                }
                var first = ModifiersStart(section, head);
                if (first == head)
                {
                    head = headLast;
                    continue;
                }
                if (HasTaskCue(section, first, headLast))
                {
                    context.Report(EntityKind.Task, section.Field, NameShape.SpanOf(section, first, headLast), CandidateStrength.Weak);
                }
                head = headLast;
            }
        }
    }

    /// <summary>The head may be hyphenated ("re-identification", "super-resolution").</summary>
    private static int HeadEnd(DocumentSection section, int head)
    {
        var tokens = section.Tokens;
        if (head + 2 < tokens.Length && tokens[head + 1].IsJoinedToPrevious && section.GetChars(tokens[head + 1]) is "-"
            && tokens[head + 2].IsJoinedToPrevious && tokens[head + 2].Kind == TokenKind.Word)
        {
            var joined = section.GetText(head, head + 2);
            if (WordLists.TaskHeads.Contains(joined))
            {
                return head + 2;
            }
        }
        return head;
    }

    private static int ModifiersStart(DocumentSection section, int head)
    {
        var tokens = section.Tokens;
        var first = head;
        var modifiers = 0;
        var i = head - 1;
        while (i >= 0 && modifiers < MaxModifiers)
        {
            // A modifier is a word, or a hyphen-joined run of words ("click-through", "text-to-image").
            var start = i;
            while (start - 2 >= 0 && tokens[start].IsJoinedToPrevious && section.GetChars(tokens[start - 1]) is "-" && tokens[start - 1].IsJoinedToPrevious)
            {
                start -= 2;
            }
            if (!tokens[start].IsWordLike || !tokens[i].IsWordLike)
            {
                break;
            }
            var piece = section.GetText(start, i);
            if (NotModifiers.Contains(piece) || IsVerbOrQuantityLike(piece) || WordLists.DatasetHeads.Contains(piece) || tokens[start].Kind == TokenKind.Number
                || section.Field == DocumentField.Abstract && char.IsUpper(piece[0]) && !NameShape.IsAllCaps(piece) && section.SentenceOfToken(start).FirstToken != start)
            {
                break;
            }
            first = start;
            modifiers++;
            i = start - 1;
        }
        return first;
    }

    /// <summary>Gerunds, comparatives and number words make poor task modifiers ("produce stronger generation").</summary>
    private static bool IsVerbOrQuantityLike(string piece)
    {
        var lower = piece.ToLowerInvariant();
        return lower.EndsWith("ing", StringComparison.Ordinal) && !lower.Contains('-') && lower is not ("clustering" or "ranking" or "tracking" or "parsing" or "matching" or "mapping" or "rendering" or "reasoning" or "captioning" or "inpainting" or "denoising" or "forecasting" or "learning")
            || lower is "one" or "two" or "three" or "four" or "five" or "six" or "multiple" or "distinct" or "stronger" or "weaker" or "faster" or "larger" or "smaller" or "higher" or "lower" or "produce" or "produces" or "enable" or "enables" or "achieving" or "various" or "specific" or "certain" or "same" or "single" or "unified" or "novel" or "proposed" or "its" or "their";
    }

    private static bool HasTaskCue(DocumentSection section, int first, int last)
    {
        if (section.Field == DocumentField.Title)
        {
            return true;
        }
        var tokens = section.Tokens;
        if (first > 0 && LeftCues.Contains(section.GetText(first - 1)))
        {
            return true;
        }
        return last + 1 < tokens.Length && section.GetText(last + 1) is "task" or "tasks" or "problem" or "problems" or "benchmark" or "benchmarks" or "challenge";
    }
}
