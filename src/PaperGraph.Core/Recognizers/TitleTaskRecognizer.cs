using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Reads the problem a paper sets itself from the shape of its title: "X via Y", "X with Y", "X using Y",
/// "… for X", "Name: X". The goal phrase is a task even when it names a learning paradigm ("Few-Shot
/// Class-Incremental Learning via …"), as the annotation guide asks for goals stated as problems.
/// </summary>
internal sealed class TitleTaskRecognizer : Recognizer
{
    public const string RecognizerId = "task-title";
    private const int MaxWords = 6;

    private static readonly FrozenSet<string> Connectives = new[] { "via", "with", "using", "by", "through", "on", "in", "from", "based", "without" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LeadingQualifiers = new[]
    {
        "towards", "toward", "efficient", "scalable", "robust", "fast", "simple", "accurate", "effective", "improved", "better",
        "unified", "generalizable", "generalisable", "practical", "general", "universal", "novel", "a", "an", "the", "on",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Head words that make a phrase a problem to solve rather than a thing.</summary>
    private static readonly FrozenSet<string> GoalHeads = WordLists.TaskHeads
        .Concat(["learning", "personalization", "personalisation", "encoding", "unlearning", "fusion", "adaptation", "generalization", "generalisation", "modeling", "modelling", "estimation", "search", "synthesis"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override string Id => RecognizerId;
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Task];

    public override void Recognize(RecognitionContext context)
    {
        var title = context.Document.Title;
        var tokens = title.Tokens;
        if (tokens.IsEmpty)
        {
            return;
        }
        var start = 0;
        for (var i = 0; i < tokens.Length && i <= 6; i++)
        {
            if (title.GetChars(tokens[i]) is ":")
            {
                start = i + 1;
                break;
            }
        }

        // "… for X": the rest of the title after the last "for".
        for (var i = tokens.Length - 2; i >= start; i--)
        {
            if (title.GetText(i).Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                Report(context, title, i + 1, EndOfPhrase(title, i + 1));
                break;
            }
        }

        // "X via Y": the lead phrase up to the first connective, if it does not start with a verb.
        var lead = SkipQualifiers(title, start);
        if (lead < tokens.Length && !StartsWithVerb(title, lead))
        {
            Report(context, title, lead, EndOfPhrase(title, lead));
        }
    }

    private static int SkipQualifiers(DocumentSection title, int index)
    {
        while (index < title.Tokens.Length && LeadingQualifiers.Contains(title.GetText(index)))
        {
            index++;
        }
        return index;
    }

    /// <summary>The last word token before a connective, "for", a colon or the end.</summary>
    private static int EndOfPhrase(DocumentSection title, int start)
    {
        var tokens = title.Tokens;
        var end = start - 1;
        for (var i = start; i < tokens.Length; i++)
        {
            var text = title.GetText(i);
            if (Connectives.Contains(text) || text.Equals("for", StringComparison.OrdinalIgnoreCase) || text is ":" or "?" or "," or "(" or "and" or "And")
            {
                break;
            }
            end = i;
        }
        return end;
    }

    private static bool StartsWithVerb(DocumentSection title, int index)
    {
        var word = title.GetText(index);
        return word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !title.Tokens[Math.Min(index + 1, title.Tokens.Length - 1)].IsJoinedToPrevious
            || word.EndsWith("ize", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ise", StringComparison.OrdinalIgnoreCase);
    }

    private static void Report(RecognitionContext context, DocumentSection title, int first, int last)
    {
        var tokens = title.Tokens;
        first = SkipQualifiers(title, first);
        if (last < first || !tokens[first].IsWordLike || !tokens[last].IsWordLike)
        {
            return;
        }
        var words = 0;
        for (var i = first; i <= last; i++)
        {
            words += tokens[i].IsWordLike && !tokens[i].IsJoinedToPrevious ? 1 : 0;
        }
        var head = title.GetText(last);
        if (words < 2 || words > MaxWords || !GoalHeads.Contains(head))
        {
            return;
        }
        context.Report(EntityKind.Task, DocumentField.Title, NameShape.SpanOf(title, first, last), CandidateStrength.Pattern);
    }
}
