using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Binding;

/// <summary>
/// Finds the relations a paper states between its own entities: the named parts of its proposed method (PART_OF),
/// the baselines it is compared with (COMPARED_WITH) and the work it builds on (EXTENDS).
/// </summary>
/// <remarks>
/// A cue counts only when it stands right before the mention or before the list the mention belongs to
/// ("outperforms strong baselines such as X, Y and Z"): walking back from the mention may cross other mentions and
/// list glue, nothing else. The source of a comparison or extension is the paper's proposed method, so a paper that
/// proposes nothing states none. Precision over recall: these edges are shown to people as explanations.
/// </remarks>
internal static class StatedRelations
{
    private const int MaxWalkBack = 16;

    private static readonly FrozenSet<string> CompareWords = Set(
        "outperforms", "outperform", "outperforming", "outperformed", "surpasses", "surpass", "surpassing", "surpassed",
        "than", "against", "beats", "beat", "beating", "versus", "vs");

    private static readonly FrozenSet<string> ComparePhrases = Set(
        "compared with", "compared to", "compared against", "comparison with", "comparison to", "comparisons with",
        "compare with", "compare to", "improvement over", "improvements over", "gains over", "improves over", "improving over",
        "improves upon", "improving upon", "advantage over", "advantages over", "superior to", "relative to");

    private static readonly FrozenSet<string> ExtendWords = Set("extends", "extend", "extending");

    private static readonly FrozenSet<string> ExtendPhrases = Set(
        "builds on", "build on", "building on", "built on", "builds upon", "build upon", "building upon", "built upon",
        "based on", "based upon", "extension of", "top of", "inspired by");

    /// <summary>"other than X" and "more than X" name no comparison.</summary>
    private static readonly FrozenSet<string> NotComparePhrases = Set("other than", "more than", "less than", "rather than", "fewer than");

    private static readonly FrozenSet<string> OwnWorkWords = Set("our", "ours", "we", "proposed");

    /// <summary>Words a cue may be separated from its mention by: list punctuation, determiners, "baselines such as".</summary>
    private static readonly FrozenSet<string> ListGlue = Set(
        ",", "and", "or", "the", "a", "an", "both", "several", "many", "other", "existing", "prior", "previous", "recent",
        "strong", "popular", "competitive", "leading", "standard", "vanilla", "conventional", "traditional", "baseline",
        "baselines", "method", "methods", "model", "models", "approach", "approaches", "technique", "techniques",
        "counterparts", "variants", "alternatives", "state", "art", "-", "sota", "such", "as", "including", "like", "e.g",
        "e.g.", "i.e", "i.e.", ".", "(", ")", "/", "its", "their", "all", "significantly", "substantially", "consistently",
        "clearly", "notably", "also", "even", "strongly", "largely", "greatly", "well-established", "established",
        "widely-used", "widely", "used", "representative", "typical", "classic", "classical", "original", "powerful");

    public static ImmutableArray<StatedRelation> Find(Document document, ImmutableArray<BoundEntity> entities)
    {
        var occurrences = entities
            .SelectMany(entity => entity.Mentions.Select(mention => Occurrence.Of(document, entity, mention)))
            .ToList();
        var occupied = occurrences
            .SelectMany(occurrence => Enumerable.Range(occurrence.First, occurrence.Last - occurrence.First + 1).Select(token => (occurrence.Mention.Field, token)))
            .ToHashSet();

        var relations = ImmutableArray.CreateBuilder<StatedRelation>();
        var wholes = FindParts(document, entities, occurrences, relations);
        if (wholes.Count == 0)
        {
            return relations.ToImmutable();
        }
        var ownWork = new OwnWorkSentences(wholes, occurrences);
        foreach (var occurrence in occurrences)
        {
            var target = occurrence.Entity;
            if (target.Kind is not (EntityKind.Method or EntityKind.Technique) || target.Role == MethodRole.Proposed)
            {
                continue;
            }
            var section = document[occurrence.Mention.Field];
            if (FindCue(section, occurrence, occupied) is not ({ } kind, var cueStart)
                || !ownWork.Holds(section, occurrence))
            {
                continue;
            }
            var span = TextSpan.FromBounds(cueStart, occurrence.Mention.Span.End);
            var text = document[occurrence.Mention.Field].Text.ToString(span);
            foreach (var source in wholes.Where(whole => whole.Key != target.Key))
            {
                relations.Add(new StatedRelation(kind, source.Kind, source.Key, target.Kind, target.Key, occurrence.Mention.Field, span, text, occurrence.Mention.Sentence));
            }
        }
        return relations.ToImmutable();
    }

    /// <summary>
    /// Adds PART_OF for proposed methods listed after a "namely" / "consists of" cue (two or more in one list) and
    /// returns the proposed methods that are not parts: the wholes, which compare with and extend other work.
    /// </summary>
    /// <remarks>Lists are found by (sentence, cue) and each list's whole by a binary search, so a paper with many lists stays near-linear.</remarks>
    private static List<BoundEntity> FindParts(Document document, ImmutableArray<BoundEntity> entities, List<Occurrence> occurrences, ImmutableArray<StatedRelation>.Builder relations)
    {
        var proposed = entities.Where(entity => entity.Kind == EntityKind.Method && entity.Role == MethodRole.Proposed).ToList();
        var isProposed = proposed.ToHashSet();
        var lists = new List<(int Sentence, int CueStart, List<Occurrence> Items)>();
        var listAt = new Dictionary<(int Sentence, int CueStart), int>();
        foreach (var occurrence in occurrences.Where(occurrence => isProposed.Contains(occurrence.Entity) && occurrence.Mention.Field == DocumentField.Abstract))
        {
            var section = document.Abstract;
            var sentence = section.SentenceOfToken(occurrence.First);
            var cue = ProposalCues.PartListCueBefore(section, occurrence.First, sentence.FirstToken);
            if (cue < 0)
            {
                continue;
            }
            var cueStart = section.Tokens[cue].Span.Start;
            if (!listAt.TryGetValue((sentence.Index, cueStart), out var index))
            {
                index = lists.Count;
                listAt.Add((sentence.Index, cueStart), index);
                lists.Add((sentence.Index, cueStart, []));
            }
            var items = lists[index].Items;
            if (!items.Any(item => item.Entity == occurrence.Entity))
            {
                items.Add(occurrence);
            }
        }
        // "a framework, namely FooNet" names the method itself: a list of parts has at least two.
        lists.RemoveAll(list => list.Items.Count < 2);
        var parts = lists.SelectMany(list => list.Items.Select(item => item.Entity)).ToHashSet();
        var wholes = proposed.Where(entity => !parts.Contains(entity)).ToList();
        var isWhole = wholes.ToHashSet();
        // The wholes' mentions in text order (a stable sort: of two at one place, the later listed stays later).
        var wholeMentions = occurrences
            .Where(occurrence => isWhole.Contains(occurrence.Entity))
            .OrderBy(occurrence => (occurrence.Mention.Field, occurrence.Mention.Span.Start))
            .ToList();
        foreach (var (_, cueStart, items) in lists)
        {
            // The whole is the proposed method written last before the list ("... (CATNet) is proposed. It exploits three modules, namely ...").
            var before = CountBefore(wholeMentions, (DocumentField.Abstract, cueStart));
            var whole = before > 0 ? wholeMentions[before - 1].Entity : wholes.FirstOrDefault();
            if (whole is null)
            {
                continue;
            }
            foreach (var item in items)
            {
                var mention = item.Mention;
                relations.Add(new StatedRelation(StatedRelationKind.PartOf, item.Entity.Kind, item.Entity.Key, whole.Kind, whole.Key, mention.Field, mention.Span, mention.Text, mention.Sentence));
            }
        }
        return wholes;
    }

    /// <summary>How many of the mentions, in text order, start before a place.</summary>
    private static int CountBefore(List<Occurrence> inTextOrder, (DocumentField Field, int Start) place)
    {
        int low = 0, high = inTextOrder.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if ((inTextOrder[middle].Mention.Field, inTextOrder[middle].Mention.Span.Start).CompareTo(place) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>
    /// Whether a sentence is about the paper's own work ("our method", "we", a mention of the proposed method):
    /// "ViTs have outperformed CNNs" in a background sentence compares nothing the paper proposes.
    /// </summary>
    /// <remarks>Asked for every mention after a cue: the sentences that mention a whole are collected once and each sentence's words read at most once.</remarks>
    private sealed class OwnWorkSentences
    {
        private readonly HashSet<(DocumentField Field, int Sentence)> _mentionAWhole;
        private readonly Dictionary<(DocumentField Field, int Sentence), bool> _haveOwnWorkWord = [];

        public OwnWorkSentences(List<BoundEntity> wholes, List<Occurrence> occurrences)
        {
            var isWhole = wholes.ToHashSet();
            _mentionAWhole = occurrences
                .Where(occurrence => isWhole.Contains(occurrence.Entity))
                .Select(occurrence => (occurrence.Mention.Field, occurrence.Mention.Sentence))
                .ToHashSet();
        }

        public bool Holds(DocumentSection section, Occurrence occurrence)
        {
            var sentence = section.SentenceOfToken(occurrence.First);
            if (section.Field == DocumentField.Title || _mentionAWhole.Contains((section.Field, sentence.Index)))
            {
                return true;
            }
            if (!_haveOwnWorkWord.TryGetValue((section.Field, sentence.Index), out var found))
            {
                for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && !found; i++)
                {
                    found = OwnWorkWords.Contains(section.GetText(section.Tokens[i]));
                }
                _haveOwnWorkWord.Add((section.Field, sentence.Index), found);
            }
            return found;
        }
    }

    /// <summary>Walks back from a mention over other mentions and list glue to a cue; returns its kind and where it starts.</summary>
    private static (StatedRelationKind? Kind, int CueStart) FindCue(DocumentSection section, Occurrence occurrence, HashSet<(DocumentField, int)> occupied)
    {
        var tokens = section.Tokens;
        var sentenceStart = section.SentenceOfToken(occurrence.First).FirstToken;
        for (var i = occurrence.First - 1; i >= sentenceStart && occurrence.First - i <= MaxWalkBack; i--)
        {
            if (occupied.Contains((section.Field, i)))
            {
                continue;
            }
            var word = section.GetText(tokens[i]);
            if (i > sentenceStart)
            {
                var phrase = section.GetText(tokens[i - 1]) + " " + word;
                if (ComparePhrases.Contains(phrase))
                {
                    return (StatedRelationKind.ComparedWith, tokens[i - 1].Span.Start);
                }
                if (ExtendPhrases.Contains(phrase))
                {
                    return (StatedRelationKind.Extends, tokens[i - 1].Span.Start);
                }
                if (NotComparePhrases.Contains(phrase))
                {
                    return (null, 0);
                }
            }
            if (CompareWords.Contains(word))
            {
                return (StatedRelationKind.ComparedWith, tokens[i].Span.Start);
            }
            if (ExtendWords.Contains(word))
            {
                return (StatedRelationKind.Extends, tokens[i].Span.Start);
            }
            if (!ListGlue.Contains(word) && !(word == "of" && tokens[i].IsJoinedToPrevious))
            {
                return (null, 0);
            }
        }
        return (null, 0);
    }

    /// <summary>A mention with the token range it covers in its field.</summary>
    private sealed record Occurrence(BoundEntity Entity, Mention Mention, int First, int Last)
    {
        public static Occurrence Of(Document document, BoundEntity entity, Mention mention)
        {
            var tokens = document[mention.Field].Tokens;
            var first = TokenAt(tokens, mention.Span.Start);
            var last = Math.Max(first, TokenAt(tokens, mention.Span.End - 1));
            return new Occurrence(entity, mention, first, last);
        }

        /// <summary>The token that holds a position (or the first after it): tokens are in text order.</summary>
        private static int TokenAt(ImmutableArray<Token> tokens, int position)
        {
            int low = 0, high = tokens.Length - 1;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (tokens[middle].Span.End <= position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
