using System.Collections.Immutable;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Learning;

/// <summary>
/// What the trained stages know about one paper before they look at a token or a candidate: word hashes and shapes
/// per token, how often each word occurs, the title's words, the acronyms the paper defines, and which recognizer
/// candidates cover each token.
/// </summary>
/// <remarks>Computed once per paper and shared by the tagger and the decision stage.</remarks>
internal sealed class DocumentFacts
{
    private readonly SectionFacts _title;
    private readonly SectionFacts _abstract;

    public DocumentFacts(Document document, ImmutableArray<AcronymDefinition> acronyms, IReadOnlyList<EntityCandidate> candidates)
    {
        Document = document;
        Acronyms = acronyms;
        _title = new SectionFacts(document.Title);
        _abstract = new SectionFacts(document.Abstract);
        foreach (var word in _title.Lower)
        {
            TitleWords.Add(word);
        }
        // "BMMR: A Large-Scale ... Dataset": the title's head nouns say what kind of thing its lead name is.
        var titleTokens = document.Title.Tokens;
        for (var i = 0; i < titleTokens.Length; i++)
        {
            if (SectionFacts.IsHeadWord(document.Title.GetText(i)))
            {
                TitleHeads.Add(_title.Lower[i]);
            }
            if (TitleLead == 0 && i > 0 && i <= 6 && document.Title.GetChars(titleTokens[i]) is ":")
            {
                TitleLead = FeatureHash.OfLower(document.Title.Text.AsSpan(TextSpan.FromBounds(titleTokens[0].Span.Start, titleTokens[i - 1].Span.End)));
            }
        }
        foreach (var section in new[] { _title, _abstract })
        {
            foreach (var word in section.Lower)
            {
                WordCounts[word] = WordCounts.GetValueOrDefault(word) + 1;
            }
        }
        foreach (var definition in acronyms)
        {
            DefinedShortForms.Add(FeatureHash.Of(definition.ShortForm));
            var section = this[definition.Field];
            section.MarkDefinition(definition.ShortSpan, isShort: true);
            section.MarkDefinition(definition.LongSpan, isShort: false);
        }
        foreach (var candidate in candidates)
        {
            this[candidate.Field].Cover(candidate);
        }
    }

    public Document Document { get; }
    public ImmutableArray<AcronymDefinition> Acronyms { get; }
    public HashSet<ulong> TitleWords { get; } = [];

    /// <summary>The title's head nouns ("dataset", "benchmark", "framework", "detection"), case-folded.</summary>
    public List<ulong> TitleHeads { get; } = [];

    /// <summary>The hash of the title's lead name ("MMFusion" in "MMFusion: …"), case-folded; 0 when the title has none.</summary>
    public ulong TitleLead { get; }
    public Dictionary<ulong, int> WordCounts { get; } = [];
    public HashSet<ulong> DefinedShortForms { get; } = [];

    /// <summary>How often each candidate text occurs in the paper, up to the cap the features use (filled as asked).</summary>
    internal Dictionary<string, int> OccurrenceCounts { get; } = new(StringComparer.Ordinal);

    public SectionFacts this[DocumentField field] => field == DocumentField.Title ? _title : _abstract;
}

/// <summary>Per-token facts of one section.</summary>
internal sealed class SectionFacts
{
    public SectionFacts(DocumentSection section)
    {
        Section = section;
        var count = section.Tokens.Length;
        Lower = new ulong[count];
        Exact = new ulong[count];
        Shape = new ulong[count];
        Prefix = new ulong[count];
        Suffix = new ulong[count];
        Definition = new byte[count];
        Coverage = new List<CandidateCoverage>?[count];
        ProposalDistance = new int[count];
        NextHead = new ulong[count];
        PreviousHead = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var chars = section.GetChars(section.Tokens[i]);
            Lower[i] = FeatureHash.OfLower(chars);
            Exact[i] = FeatureHash.Of(chars);
            Shape[i] = ShapeOf(chars);
            Prefix[i] = FeatureHash.OfLower(chars[..Math.Min(3, chars.Length)]);
            Suffix[i] = FeatureHash.OfLower(chars[Math.Max(0, chars.Length - 3)..]);
        }
        var isHead = new bool[count];
        for (var i = 0; i < count; i++)
        {
            isHead[i] = IsHeadWord(section.GetText(i));
        }
        // The first head noun after each token, and the last one before it, within its sentence and a few words:
        // "BMMR, a large-scale bilingual dataset", "the Foo benchmark", "a Bar-based detector".
        foreach (var sentence in section.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var next = -1;
            for (var i = end - 1; i >= sentence.FirstToken; i--)
            {
                NextHead[i] = next > i && next - i <= 10 ? Lower[next] : 0;
                if (isHead[i])
                {
                    next = i;
                }
            }
            var previous = -1;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                PreviousHead[i] = previous >= 0 && i - previous <= 4 ? Lower[previous] : 0;
                if (isHead[i])
                {
                    previous = i;
                }
            }
        }
        // How far each token stands after the last proposal verb of its sentence ("we propose a ... X"): 0 = none.
        foreach (var sentence in section.Sentences)
        {
            var last = -1;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                ProposalDistance[i] = last < 0 ? 0 : Math.Min(i - last, 9);
                var word = section.GetText(i);
                if (WordLists.ProposalVerbs.Contains(word) || word.Equals("our", StringComparison.OrdinalIgnoreCase))
                {
                    last = i;
                }
            }
        }
    }

    public DocumentSection Section { get; }
    public ulong[] Lower { get; }
    public ulong[] Exact { get; }
    public ulong[] Shape { get; }
    public ulong[] Prefix { get; }
    public ulong[] Suffix { get; }

    /// <summary>1 inside a defined acronym's short form, 2 inside its long form, 0 elsewhere.</summary>
    public byte[] Definition { get; }

    public List<CandidateCoverage>?[] Coverage { get; }

    /// <summary>The case-folded hash of the first head noun within ten words after each token in its sentence; 0 for none.</summary>
    public ulong[] NextHead { get; }

    /// <summary>The case-folded hash of the last head noun within four words before each token in its sentence; 0 for none.</summary>
    public ulong[] PreviousHead { get; }

    /// <summary>A noun that names what kind of thing a phrase is: a method, task, technique or dataset head.</summary>
    public static bool IsHeadWord(string word) => WordLists.AnyHeads.Contains(word);
    public int[] ProposalDistance { get; }

    /// <summary>The tagger's per-token tag scores, once it has tagged the section; the decision stage reads them.</summary>
    public float[]? TagScores { get; set; }

    /// <summary>The first and last token inside a span, or (-1, -1) when no token starts in it.</summary>
    public (int First, int Last) TokensOf(TextSpan span)
    {
        var tokens = Section.Tokens;
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var first = low;
        var last = first - 1;
        while (last + 1 < tokens.Length && tokens[last + 1].Span.End <= span.End)
        {
            last++;
        }
        return last >= first ? (first, last) : (-1, -1);
    }

    internal void MarkDefinition(TextSpan span, bool isShort)
    {
        var (first, last) = TokensOf(span);
        for (var i = first; i >= 0 && i <= last; i++)
        {
            Definition[i] = isShort ? (byte)1 : (byte)2;
        }
    }

    internal void Cover(EntityCandidate candidate)
    {
        var (first, last) = TokensOf(candidate.Span);
        if (first < 0)
        {
            return;
        }
        var recognizer = FeatureHash.Of(candidate.RecognizerId);
        var generic = false;
        foreach (var entry in candidate.Entries)
        {
            generic |= entry.IsGeneric;
        }
        var label = (ulong)EntityLabels.From(candidate.Kind, candidate.Role);
        for (var i = first; i <= last; i++)
        {
            // B(egin), I(nside), L(ast), U(nit): where the token stands in the candidate.
            var position = first == last ? 3UL : i == first ? 0UL : i == last ? 2UL : 1UL;
            (Coverage[i] ??= []).Add(new CandidateCoverage(recognizer, label, position, generic));
        }
    }

    /// <summary>
    /// A word's shape with runs collapsed: "LoRA" → "XxX", "CIFAR-10" → "X-d", "ResNet50" → "XxXxd".
    /// </summary>
    internal static ulong ShapeOf(ReadOnlySpan<char> chars)
    {
        Span<char> shape = stackalloc char[Math.Min(chars.Length, 16)];
        var length = 0;
        foreach (var c in chars)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == mapped)
            {
                continue;
            }
            if (length == shape.Length)
            {
                break;
            }
            shape[length++] = mapped;
        }
        return FeatureHash.Of(shape[..length]);
    }
}

/// <summary>One recognizer candidate over one token: who proposed it, as what, where the token stands in it.</summary>
internal readonly record struct CandidateCoverage(ulong Recognizer, ulong Label, ulong Position, bool Generic);
