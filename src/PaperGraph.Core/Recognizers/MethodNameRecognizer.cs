using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Finds named models that no lexicon lists, from the shape of their names ("MMFusion", "OptFS", "GPT-4") and from
/// naming cues ("we propose Hydra", "dubbed X", "X: a title"), with the role proposed or used.
/// </summary>
internal sealed class MethodNameRecognizer : Recognizer
{
    public override string Id => "method-name";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Method];

    public override void Recognize(RecognitionContext context)
    {
        var definedShortForms = context.Acronyms.Select(definition => definition.ShortForm).ToHashSet(StringComparer.Ordinal);
        foreach (var section in context.Document.Sections)
        {
            var longForms = new DefinedLongForms(context.Acronyms, section.Field);
            var tokens = section.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || tokens[i].IsJoinedToPrevious && i > 0 && tokens[i - 1].IsWordLike)
                {
                    continue;
                }
                if (longForms.Contain(tokens[i].Span))
                {
                    continue;
                }
                var word = section.GetChars(tokens[i]);
                var last = NameShape.ExtendCompound(section, i);
                var span = NameShape.SpanOf(section, i, last);
                var name = section.GetText(i, last);
                if (WordLists.NotMethodNames.Contains(name) || WordLists.NotMethodNames.Contains(section.GetText(i)) || WordLists.IsMetricLike(name))
                {
                    i = last;
                    continue;
                }
                var distinctive = NameShape.IsDistinctive(word) || last > i && NameShape.IsAllCaps(word);
                if (!distinctive && !NameShape.IsCapitalized(word))
                {
                    // Only names can be methods; the proposal cues are costly, so skip lower-case words first.
                    i = last;
                    continue;
                }
                var proposed = ProposalCues.IsProposed(section, i, last);
                var namedByCue = proposed && (NameShape.IsCapitalized(word) || NameShape.IsAllCaps(word)) && !IsSentenceInitialCommonWord(section, i)
                    && (section.Field == DocumentField.Abstract ? distinctive || NameShape.IsAllCaps(word) || DirectlyNamed(section, i) : distinctive || IsWholeTitleLead(section, word, last));
                if (namedByCue && !distinctive)
                {
                    // "we propose Iterative Feature Merging": a cue-named name runs over the capitalised words that follow.
                    last = ExtendCapitalizedRun(section, last);
                    span = NameShape.SpanOf(section, i, last);
                    namedByCue = span.Length >= 2;
                }
                if (distinctive && !definedShortForms.Contains(name) || namedByCue)
                {
                    context.Report(EntityKind.Method, section.Field, span, namedByCue ? CandidateStrength.Pattern : CandidateStrength.Weak,
                        role: proposed ? MethodRole.Proposed : MethodRole.Used);
                }
                i = last;
            }
        }
    }

    /// <summary>The long forms of a field's acronym definitions: their words belong to the acronym recognizer ("Training-frEE BAlaNced ...").</summary>
    /// <remarks>
    /// Asked once per word, so a scan of every definition would make an abstract with a definition every few sentences
    /// quadratic. Sorted by start, with the furthest end reached so far: some long form holds a span exactly when one
    /// starting at or before it reaches its end.
    /// </remarks>
    private sealed class DefinedLongForms
    {
        private readonly int[] _starts;
        private readonly int[] _furthestEnds;

        public DefinedLongForms(ImmutableArray<AcronymDefinition> acronyms, DocumentField field)
        {
            var spans = acronyms.Where(definition => definition.Field == field).Select(definition => definition.LongSpan).OrderBy(span => span.Start).ToArray();
            _starts = new int[spans.Length];
            _furthestEnds = new int[spans.Length];
            var furthest = int.MinValue;
            for (var i = 0; i < spans.Length; i++)
            {
                _starts[i] = spans[i].Start;
                furthest = Math.Max(furthest, spans[i].End);
                _furthestEnds[i] = furthest;
            }
        }

        public bool Contain(Text.TextSpan span)
        {
            // The last long form that starts at or before the span.
            var low = 0;
            var high = _starts.Length;
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (_starts[middle] <= span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low > 0 && _furthestEnds[low - 1] >= span.End;
        }
    }

    /// <summary>"called Hydra", "we propose Hydra", "dubbed the Zebra Net": a naming verb at most one word before.</summary>
    private static bool DirectlyNamed(DocumentSection section, int index)
    {
        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            var word = section.GetText(index - back);
            if (word is "propose" or "proposes" or "present" or "presents" or "introduce" or "introduces" or "dubbed" or "named" or "called" or "termed" or "coined" or "dub" or "name")
            {
                return true;
            }
            if (back == 1 && word is not ("the" or "a" or "an" or "," or "\"" or "\u201c"))
            {
                return false;
            }
        }
        return false;
    }

    private static int ExtendCapitalizedRun(DocumentSection section, int last)
    {
        var tokens = section.Tokens;
        var words = 1;
        while (words < 4 && last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Word && !tokens[last + 1].IsJoinedToPrevious
               && NameShape.IsCapitalized(section.GetChars(tokens[last + 1])))
        {
            last = NameShape.ExtendCompound(section, last + 1);
            words++;
        }
        return last;
    }

    /// <summary>A plain capitalised word is a title's name only when it alone stands before the colon ("Hydra: …").</summary>
    private static bool IsWholeTitleLead(DocumentSection section, ReadOnlySpan<char> word, int last) =>
        !word.EndsWith("ing", StringComparison.Ordinal)
        && last + 1 < section.Tokens.Length
        && section.GetChars(section.Tokens[last + 1]) is ":";

    private static bool IsSentenceInitialCommonWord(DocumentSection section, int index)
    {
        var sentence = section.SentenceOfToken(index);
        if (sentence.FirstToken != index)
        {
            return false;
        }
        var word = section.GetChars(section.Tokens[index]);
        return !NameShape.IsDistinctive(word) && !NameShape.IsAllCaps(word);
    }
}
