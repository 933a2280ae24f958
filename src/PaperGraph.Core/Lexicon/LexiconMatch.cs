using System.Collections.Immutable;

namespace PaperGraph.Lexicon;

/// <summary>A lexicon hit at a token position: how many tokens it covers and the entries it may mean.</summary>
/// <remarks>More than one entry means the surface form is ambiguous (TTA); the binder decides with the paper's own definitions.</remarks>
internal readonly record struct LexiconMatch(int TokenCount, ImmutableArray<LexiconEntry> Entries, bool IsAcronym);
