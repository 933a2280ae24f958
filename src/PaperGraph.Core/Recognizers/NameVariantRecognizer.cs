using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// The possible extents of every name-shaped word: the word alone, with its joined pieces ("Halcyon-2.1", "BLIP3-o"),
/// with a version or size after it ("NAVSIM v2", "mT5-base", "GPT-2 Large"), and with the capitalised words before it
/// ("Aya Vision"). Only for the trained decision stage, which picks the extent the paper means; without a model it
/// proposes nothing.
/// </summary>
internal sealed class NameVariantRecognizer : Recognizer
{
    public override string Id => "name-variant";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Method, EntityKind.Dataset];

    public override void Recognize(RecognitionContext context)
    {
        if (!context.IsDecided)
        {
            return;
        }
        foreach (var section in context.Document.Sections)
        {
            var tokens = section.Tokens;
            if (section.Field == DocumentField.Abstract)
            {
                ReportCapitalisedRuns(context, section);
            }
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || tokens[i].IsJoinedToPrevious && i > 0 && tokens[i - 1].IsWordLike)
                {
                    continue;
                }
                var word = section.GetChars(tokens[i]);
                if (!NameShape.IsDistinctive(word) && !NameShape.IsAllCaps(word) && !(NameShape.IsCapitalized(word) && IsJoinedName(section, i)))
                {
                    continue;
                }
                var compound = NameShape.ExtendCompound(section, i);
                var ends = new List<int> { compound };
                // "mT5-base", "BLIP3-o": a lower-case piece joined by a hyphen, which the compound rule leaves off.
                if (compound + 2 < tokens.Length && tokens[compound + 1].IsJoinedToPrevious && section.GetChars(tokens[compound + 1]) is "-"
                    && tokens[compound + 2].IsJoinedToPrevious && tokens[compound + 2].Kind == TokenKind.Word
                    && !(compound + 3 < tokens.Length && tokens[compound + 3].IsJoinedToPrevious && tokens[compound + 3].IsWordLike))
                {
                    ends.Add(compound + 2);
                }
                var afterVersion = VersionEnd(section, ends[^1]);
                if (afterVersion > ends[^1])
                {
                    ends.Add(afterVersion);
                }
                var starts = new List<int> { i };
                if (i > 0 && CapitalisedWord(section, i - 1))
                {
                    starts.Add(i - 1);
                    if (i > 1 && CapitalisedWord(section, i - 2))
                    {
                        starts.Add(i - 2);
                    }
                }
                foreach (var start in starts)
                {
                    foreach (var end in ends)
                    {
                        context.Report(EntityKind.Method, section.Field, NameShape.SpanOf(section, start, end), CandidateStrength.Weak);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Proposal Decoder", "Information Throttler", "Prediction-Powered Inference": runs of two to four capitalised words
    /// inside an abstract sentence, with every shorter run that ends where the run ends.
    /// </summary>
    private static void ReportCapitalisedRuns(RecognitionContext context, DocumentSection section)
    {
        var tokens = section.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!CapitalisedWord(section, i) || i > 0 && tokens[i].IsJoinedToPrevious)
            {
                i++;
                continue;
            }
            var words = new List<(int First, int Last)>();
            var j = i;
            while (j < tokens.Length && words.Count < 4 && CapitalisedWord(section, j) && section.SentenceOfToken(j).Index == section.SentenceOfToken(i).Index)
            {
                var last = NameShape.ExtendCompound(section, j);
                words.Add((j, last));
                j = last + 1;
                if (j < tokens.Length && tokens[j].IsJoinedToPrevious)
                {
                    break;
                }
            }
            if (words.Count >= 2)
            {
                for (var start = 0; start < words.Count - 1; start++)
                {
                    context.Report(EntityKind.Method, section.Field, NameShape.SpanOf(section, words[start].First, words[^1].Last), CandidateStrength.Weak);
                }
            }
            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>"Foo-Bar": a capitalised word with joined pieces after it.</summary>
    private static bool IsJoinedName(DocumentSection section, int i) =>
        i + 2 < section.Tokens.Length && section.Tokens[i + 1].IsJoinedToPrevious && section.Tokens[i + 2].IsJoinedToPrevious && section.Tokens[i + 2].IsWordLike;

    private static bool CapitalisedWord(DocumentSection section, int i) =>
        section.Tokens[i].Kind == TokenKind.Word && NameShape.IsCapitalized(section.GetChars(section.Tokens[i]))
        && section.SentenceOfToken(i).FirstToken != i;

    /// <summary>The last token of a version or size written after a name ("v2", "2.1", "7B", "Large", "base", "XL"), or <paramref name="last"/>.</summary>
    private static int VersionEnd(DocumentSection section, int last)
    {
        var tokens = section.Tokens;
        var next = last + 1;
        if (next >= tokens.Length || tokens[next].IsJoinedToPrevious || !tokens[next].IsWordLike)
        {
            return last;
        }
        var text = section.GetChars(tokens[next]);
        var isVersion = tokens[next].Kind == TokenKind.Number
            || text.Length <= 4 && (text[0] is 'v' or 'V') && text.Length > 1 && char.IsDigit(text[1])
            || text is "Large" or "large" or "Base" or "base" or "Small" or "small" or "Tiny" or "tiny" or "XL" or "XXL" or "Pro" or "Mini" or "mini" or "Ultra" or "Plus" or "Turbo" or "Flash"
            || text.Length <= 5 && char.IsDigit(text[0]) && (text[^1] is 'B' or 'M' or 'b' or 'm');
        return isVersion ? NameShape.ExtendCompound(section, next) : last;
    }
}
