using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Syntax;

namespace PaperGraph.Lexicon;

/// <summary>
/// Finds the longest lexicon phrase starting at a token: a trie over word pieces.
/// </summary>
/// <remarks>
/// Hyphens joined to words are skipped, so "low-rank adaptation" and "low rank adaptation" are one path; the last
/// piece may be plural. Case-insensitive forms are stored lower-cased; acronyms and case-sensitive names are stored
/// as written (with an optional plural "s"), so "SAM" does not fire on "sam".
/// </remarks>
internal sealed class PhraseMatcher
{
    private readonly Node _root = new();

    public void Add(string phrase, LexiconEntry entry, bool caseSensitive, bool isAcronym)
    {
        var pieces = Pieces(phrase);
        if (pieces.Count == 0)
        {
            return;
        }
        // A one-word form written with inner capitals ("LoRA", "GLUE") is an acronym-like name: "lora" is not it.
        caseSensitive |= pieces.Count == 1 && pieces[0].Skip(1).Any(char.IsUpper);
        if (caseSensitive)
        {
            Insert(pieces, entry, exact: true, isAcronym);
            if (isAcronym && pieces.Count == 1 && !pieces[0].EndsWith('s'))
            {
                Insert([pieces[0] + "s"], entry, exact: true, isAcronym);
            }
        }
        else
        {
            var lowered = pieces.Select(piece => piece.ToLowerInvariant()).ToList();
            lowered[^1] = EntityKey.Singular(lowered[^1]);
            Insert(lowered, entry, exact: false, isAcronym);
        }
    }

    /// <summary>The longest match starting at <paramref name="start"/> in the section, if any.</summary>
    public LexiconMatch? Match(DocumentSection section, int start)
    {
        var tokens = section.Tokens;
        if (!tokens[start].IsWordLike)
        {
            return null;
        }
        LexiconMatch? best = null;
        Walk(section, start, start, _root, ref best);
        return best;
    }

    private static void Walk(DocumentSection section, int start, int index, Node node, ref LexiconMatch? best)
    {
        var tokens = section.Tokens;
        if (index >= tokens.Length || !tokens[index].IsWordLike)
        {
            return;
        }
        var next = NextPiece(tokens, index);

        if (node.Exact.TryGetValue(section.GetText(index), out var exactChild))
        {
            Consider(exactChild, exact: true, start, index, ref best);
            if (next >= 0)
            {
                Walk(section, start, next, exactChild, ref best);
            }
        }
        // Every word of every abstract is looked up here: fold it into a stack buffer instead of a new string.
        var chars = section.GetChars(tokens[index]);
        var lower = chars.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[chars.Length];
        lower = lower[..chars.ToLowerInvariant(lower)];
        if (node.FoldedBySpan.TryGetValue(lower, out var foldedChild))
        {
            Consider(foldedChild, exact: false, start, index, ref best);
            if (next >= 0)
            {
                Walk(section, start, next, foldedChild, ref best);
            }
        }
        if (EntityKey.MayBePlural(lower) && node.Folded.Count > 0)
        {
            var singular = EntityKey.Singular(lower);
            if (!lower.SequenceEqual(singular) && node.Folded.TryGetValue(singular, out var pluralChild))
            {
                Consider(pluralChild, exact: false, start, index, ref best);
            }
        }
    }

    private const int MaxStackWord = 64;

    private static void Consider(Node node, bool exact, int start, int index, ref LexiconMatch? best)
    {
        var entries = exact ? node.ExactMatches : node.FoldedMatches;
        if (entries.IsEmpty)
        {
            return;
        }
        var count = index - start + 1;
        if (best is null || count > best.Value.TokenCount)
        {
            best = new LexiconMatch(count, entries, exact && node.IsAcronym);
        }
    }

    /// <summary>The next word piece: the following token, skipping one hyphen or slash joined on both sides.</summary>
    private static int NextPiece(ImmutableArray<Token> tokens, int index)
    {
        var next = index + 1;
        if (next >= tokens.Length)
        {
            return -1;
        }
        if (tokens[next].IsWordLike)
        {
            return next;
        }
        if (next + 1 < tokens.Length && tokens[next].IsJoinedToPrevious && tokens[next + 1].IsJoinedToPrevious && tokens[next + 1].IsWordLike)
        {
            return next + 1;
        }
        return -1;
    }

    private void Insert(IReadOnlyList<string> pieces, LexiconEntry entry, bool exact, bool isAcronym)
    {
        var node = _root;
        foreach (var piece in pieces)
        {
            var children = exact ? node.Exact : node.Folded;
            if (!children.TryGetValue(piece, out var child))
            {
                child = new Node();
                children[piece] = child;
            }
            node = child;
        }
        if (exact)
        {
            node.ExactMatches = WithEntry(node.ExactMatches, entry);
        }
        else
        {
            node.FoldedMatches = WithEntry(node.FoldedMatches, entry);
        }
        node.IsAcronym |= isAcronym;
    }

    private static ImmutableArray<LexiconEntry> WithEntry(ImmutableArray<LexiconEntry> entries, LexiconEntry entry) =>
        entries.Contains(entry) ? entries : entries.Add(entry);

    internal static List<string> Pieces(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return tokens.Where(token => token.IsWordLike).Select(token => phrase.Substring(token.Span.Start, token.Span.Length)).ToList();
    }

    private sealed class Node
    {
        public Node()
        {
            FoldedBySpan = Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Exact { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Node> Folded { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> FoldedBySpan { get; }

        /// <summary>The distinct entries ending here, kept as the array every match hands out (no copy per match).</summary>
        public ImmutableArray<LexiconEntry> ExactMatches { get; set; } = [];
        public ImmutableArray<LexiconEntry> FoldedMatches { get; set; } = [];
        public bool IsAcronym { get; set; }
    }
}
