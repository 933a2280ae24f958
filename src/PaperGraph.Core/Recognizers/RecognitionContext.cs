using System.Collections.Immutable;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Recognizers;

/// <summary>What a recognizer sees (the document, the lexicon, the paper's acronym definitions) and where it reports.</summary>
internal sealed class RecognitionContext
{
    private readonly ImmutableArray<EntityCandidate>.Builder _candidates = ImmutableArray.CreateBuilder<EntityCandidate>();

    public RecognitionContext(Document document, EntityLexicon lexicon, ImmutableArray<AcronymDefinition> acronyms, Learning.ExtractionModel? model = null)
    {
        Document = document;
        Lexicon = lexicon;
        Acronyms = acronyms;
        Model = model;
        IsDecided = model is not null;
    }

    public Document Document { get; }
    public EntityLexicon Lexicon { get; }
    public ImmutableArray<AcronymDefinition> Acronyms { get; }

    /// <summary>The trained model, when extraction runs with one.</summary>
    public Learning.ExtractionModel? Model { get; }

    /// <summary>
    /// Whether a trained decision stage will judge the candidates (a model is in use, or one is being trained), so a
    /// recognizer may propose every plausible extent and leave the choice to it.
    /// </summary>
    public bool IsDecided { get; init; }

    private Learning.DocumentFacts? _facts;

    /// <summary>
    /// What the trained stages know of the paper, with the candidates reported so far as features; made on first use,
    /// so the recognizers before the tagger are what it sees (the same as in training).
    /// </summary>
    internal Learning.DocumentFacts Facts => _facts ??= new Learning.DocumentFacts(Document, Acronyms, _candidates);

    internal string CurrentRecognizerId { get; set; } = "";

    private readonly Dictionary<DocumentField, LexiconMatch?[]> _lexiconMatches = [];

    /// <summary>The longest lexicon match starting at each token of a section, computed once for all recognizers.</summary>
    public LexiconMatch?[] LexiconMatches(DocumentSection section)
    {
        if (!_lexiconMatches.TryGetValue(section.Field, out var matches))
        {
            matches = new LexiconMatch?[section.Tokens.Length];
            for (var i = 0; i < matches.Length; i++)
            {
                matches[i] = Lexicon.Match(section, i);
            }
            _lexiconMatches[section.Field] = matches;
        }
        return matches;
    }

    /// <param name="kind">What the candidate is.</param>
    /// <param name="field">The field its span points into.</param>
    /// <param name="span">Where the paper writes it.</param>
    /// <param name="strength">How much the recognizer trusts it.</param>
    /// <param name="entries">The lexicon entries it may mean.</param>
    /// <param name="role">For methods, whether the paper proposes it.</param>
    /// <param name="name">The name it stands for when that is not the span's text (<see cref="EntityCandidate.Name"/>).</param>
    public void Report(EntityKind kind, DocumentField field, TextSpan span, CandidateStrength strength, ImmutableArray<LexiconEntry> entries = default, MethodRole role = MethodRole.Used, string? name = null)
    {
        if (span.IsEmpty)
        {
            return;
        }
        _candidates.Add(new EntityCandidate(kind, field, span, CurrentRecognizerId, strength, entries.IsDefault ? [] : entries, role) { Name = name });
    }

    internal ImmutableArray<EntityCandidate> Candidates => _candidates.ToImmutable();
}
