using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Every noun phrase that ends in a task or technique head noun, at every left extent up to five words: "detection",
/// "lane marking detection", "low-light lane marking detection". Only for the trained decision stage, which picks the
/// extent the context supports; without a model it proposes nothing.
/// </summary>
/// <remarks>
/// A rule cannot tell where a task phrase starts ("we study low-light lane marking detection" against "improve lane
/// marking detection"); the annotated papers can. Over-generating here and deciding there is what fixes cut and
/// swollen spans.
/// </remarks>
internal sealed class HeadPhraseRecognizer : Recognizer
{
    private const int MaxModifiers = 5;

    /// <summary>Function words and pronouns: a phrase never starts at or crosses one.</summary>
    private static readonly FrozenSet<string> Stops = new[]
    {
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "with", "by", "from", "via", "our", "their", "its", "this",
        "that", "these", "those", "is", "are", "was", "were", "be", "been", "being", "can", "could", "may", "might", "will", "would",
        "should", "which", "while", "as", "at", "we", "it", "they", "than", "also", "into", "such", "both", "each", "all", "any",
        "has", "have", "had", "not", "no", "but", "if", "when", "where", "how", "what", "who", "whose", "do", "does", "did", "through",
        "between", "across", "under", "over", "about", "without", "within", "among", "upon", "whether", "then", "thus", "however",
        "including", "include", "includes", "like", "namely", "especially", "particularly", "mainly", "e.g", "i.e", "various", "several",
        "many", "multiple", "different", "other", "some", "most", "more", "novel", "new", "existing", "previous", "prior", "typical",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override string Id => "head-phrase";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Task, EntityKind.Technique];

    public override void Recognize(RecognitionContext context)
    {
        if (!context.IsDecided)
        {
            return;
        }
        foreach (var section in context.Document.Sections)
        {
            var tokens = section.Tokens;
            for (var head = 0; head < tokens.Length; head++)
            {
                if (tokens[head].Kind != TokenKind.Word || head + 1 < tokens.Length && tokens[head + 1].IsJoinedToPrevious && tokens[head + 1].IsWordLike)
                {
                    continue;
                }
                // The head is the last piece of its hyphenated unit ("re-identification", "fine-tuning").
                var unitStart = UnitStart(section, head);
                var headWord = section.GetText(unitStart, head);
                var lastPiece = section.GetText(head);
                var listed = WordLists.KindOfHead(headWord) ?? WordLists.KindOfHead(lastPiece);
                // A quarter of annotated tasks end in a nominalisation no head list holds ("horizon scanning",
                // "compliance reasoning", "safety evaluation"): those are proposed too, with at least one modifier.
                var nominal = listed is null && IsNominalisation(lastPiece);
                if ((listed ?? (nominal ? EntityKind.Task : null)) is not { } kind)
                {
                    continue;
                }
                var first = unitStart;
                for (var modifiers = 0; ; modifiers++)
                {
                    if (!nominal || modifiers > 0)
                    {
                        context.Report(kind, section.Field, NameShape.SpanOf(section, first, head), CandidateStrength.Weak);
                    }
                    if (modifiers == MaxModifiers || first == 0 || !tokens[first - 1].IsWordLike)
                    {
                        break;
                    }
                    var previousStart = UnitStart(section, first - 1);
                    if (Stops.Contains(section.GetText(previousStart)) || Binding.JunkFilter.LeadingVerbs.Contains(section.GetText(previousStart)) || section.SentenceOfToken(previousStart).Index != section.SentenceOfToken(head).Index)
                    {
                        break;
                    }
                    first = previousStart;
                }
            }
        }
    }

    /// <summary>A lower-case noun made from a verb or adjective: "-ing", "-tion", "-sion", "-ment", "-ance", "-ence", "-sis", "-ity", "-ery".</summary>
    private static bool IsNominalisation(string word) =>
        word.Length > 5 && char.IsLower(word[0]) && !Stops.Contains(word) && !Binding.JunkFilter.LeadingVerbs.Contains(word)
        && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("sion", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ance", StringComparison.Ordinal) || word.EndsWith("ence", StringComparison.Ordinal)
            || word.EndsWith("sis", StringComparison.Ordinal) || word.EndsWith("ity", StringComparison.Ordinal) || word.EndsWith("ery", StringComparison.Ordinal));

    /// <summary>The first token of the hyphen- or slash-joined unit that ends at <paramref name="last"/>.</summary>
    private static int UnitStart(DocumentSection section, int last)
    {
        var tokens = section.Tokens;
        var start = last;
        while (start - 2 >= 0 && tokens[start].IsJoinedToPrevious && section.GetChars(tokens[start - 1]) is "-" or "/"
               && tokens[start - 1].IsJoinedToPrevious && tokens[start - 2].IsWordLike)
        {
            start -= 2;
        }
        return start;
    }
}
