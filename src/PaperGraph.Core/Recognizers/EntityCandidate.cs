using System.Collections.Immutable;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Recognizers;

/// <summary>How much a recognizer trusts a candidate; the binder prefers stronger ones where spans overlap.</summary>
internal enum CandidateStrength
{
    /// <summary>A surface cue alone (a camel-case name, a head noun).</summary>
    Weak = 1,
    /// <summary>A pattern with context ("the X dataset", "namely X, Y and Z", an acronym definition).</summary>
    Pattern = 2,
    /// <summary>A curated lexicon entry.</summary>
    Lexicon = 3,
}

/// <summary>
/// A possible mention found by one recognizer: a kind, an exact span in one field, and (for lexicon hits) the
/// entries it may mean. Candidates overlap freely; the binder turns them into mentions of entities.
/// </summary>
internal sealed record EntityCandidate(
    EntityKind Kind,
    DocumentField Field,
    TextSpan Span,
    string RecognizerId,
    CandidateStrength Strength,
    ImmutableArray<LexiconEntry> Entries,
    MethodRole Role = MethodRole.Used)
{
    /// <summary>
    /// How sure the decision stage is of this candidate (its best label's score above dropping it); where kept
    /// candidates overlap, the binder keeps the one with the higher precedence. Zero when no model decided.
    /// </summary>
    public float Precedence { get; init; }

    /// <summary>
    /// The name the candidate stands for when it is not its span's text: a coordination's expanded member ("image
    /// deblurring" for the span "image" in "image and video deblurring"). Null for an ordinary candidate.
    /// </summary>
    public string? Name { get; init; }
}
