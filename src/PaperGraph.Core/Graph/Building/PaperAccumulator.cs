using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Storage;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The first job of building a graph: papers arrive one at a time, and each paper's listing, its entities (and which
/// sense of a shared name each one is), its links to them and their evidence rows, and the relations it states are
/// kept, as rows of integers and UTF-8 sentences, until <see cref="GraphBuilder.Build"/> merges across papers.
/// </summary>
/// <remarks>
/// Memory grows with the number of mentions, not with objects per mention: a million papers are accumulated before
/// anything is merged.
/// </remarks>
internal sealed class PaperAccumulator(EntityLexicon lexicon)
{
    private readonly Dictionary<string, int> _paperIndex = new(StringComparer.Ordinal);
    private readonly List<PaperRecord> _papers = [];
    private readonly Dictionary<(EntityKind Kind, string Key), int> _entityIndex = [];
    private readonly List<EntityRecord> _entities = [];
    // Per name proposed by more than one paper without evidence that it is one thing: its senses, the first the one
    // _entityIndex finds under the bare key.
    private readonly Dictionary<(EntityKind Kind, string Key), List<int>> _senses = [];
    private readonly Dictionary<(EntityKind Kind, string Key), SenseIndex> _senseIndex = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, string> _sharedStrings = new(StringComparer.Ordinal);
    private readonly SentenceTable.Builder _sentences = new();

    // Per paper, its links (entity, relation) in order; per link, its evidence rows in order. The rows go straight
    // into the graph's evidence columns, ahead of the edges that Build makes of the links.
    private readonly GrowableColumn<int> _paperLinkStart = GrowableColumn<int>.StartingWith(0);
    private readonly GrowableColumn<int> _linkEntity = new();
    private readonly GrowableColumn<RelationType> _linkRelation = new();
    private readonly GrowableColumn<int> _linkEvidenceStart = GrowableColumn<int>.StartingWith(0);
    private readonly EdgeTable.Builder _edges = new();
    private readonly List<(int Paper, StatedRelation Relation, EvidenceRow Evidence)> _statedRelations = [];

    public List<PaperRecord> Papers => _papers;
    public List<EntityRecord> Entities => _entities;
    public Dictionary<(EntityKind Kind, string Key), int> EntityIndex => _entityIndex;
    public Dictionary<(EntityKind Kind, string Key), List<int>> Senses => _senses;
    public List<Diagnostic> Diagnostics => _diagnostics;
    public SentenceTable.Builder Sentences => _sentences;
    public EdgeTable.Builder Edges => _edges;
    public List<(int Paper, StatedRelation Relation, EvidenceRow Evidence)> StatedRelations => _statedRelations;

    /// <summary>Per paper p, its links are <c>PaperLinkStart[p] .. PaperLinkStart[p + 1]</c>.</summary>
    public GrowableColumn<int> PaperLinkStart => _paperLinkStart;
    public GrowableColumn<int> LinkEntity => _linkEntity;
    public GrowableColumn<RelationType> LinkRelation => _linkRelation;

    /// <summary>Per link l, its evidence rows are <c>LinkEvidenceStart[l] .. LinkEvidenceStart[l + 1]</c>.</summary>
    public GrowableColumn<int> LinkEvidenceStart => _linkEvidenceStart;

    public int PaperCount => _papers.Count;

    public void AddDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Add(ExtractedPaper extracted)
    {
        var paper = extracted.Paper;
        _diagnostics.AddRange(extracted.Diagnostics);
        if (_paperIndex.TryGetValue(paper.Id, out var existingIndex))
        {
            // Listed again in another run of readers: keep the first extraction, merge the listing.
            var existing = _papers[existingIndex];
            existing.Dates = SortedUnion(existing.Dates, paper.Dates.Select(Shared));
            existing.Sources = SortedUnion(existing.Sources, paper.Sources.Select(source => source.ToString()));
            return;
        }
        var paperRef = _sentences.PaperRef(paper.Id);
        _paperIndex[paper.Id] = _papers.Count;
        _papers.Add(new PaperRecord(paper.Id, paper.Title)
        {
            Dates = SortedUnion([], paper.Dates.Select(Shared)),
            Sources = SortedUnion([], paper.Sources.Select(source => source.ToString())),
        });

        foreach (var entity in extracted.Entities)
        {
            var entityIndex = SenseOf(entity, extracted, _papers.Count - 1);
            _entities[entityIndex].Add(entity);
            foreach (var mention in entity.Mentions)
            {
                var row = Row(paperRef, extracted, mention.Field, mention.Sentence, mention.Span.Start, mention.Span.End, mention.Text);
                _edges.AddEvidence(row.Sentence, row.Start, row.End, row.InSentence);
            }
            _linkEntity.Add(entityIndex);
            _linkRelation.Add(RelationFor(entity.Kind, entity.Role == MethodRole.Proposed));
            _linkEvidenceStart.Add(_edges.EvidenceCount);
        }
        _paperLinkStart.Add(_linkEntity.Count);
        foreach (var stated in extracted.Relations)
        {
            _statedRelations.Add((_papers.Count - 1, stated, Row(paperRef, extracted, stated.Field, stated.Sentence, stated.Span.Start, stated.Span.End, stated.Text)));
        }
        _sentences.EndPaper();
    }

    /// <summary>
    /// The entity record a paper's entity belongs to. A method proposed by a second paper under a name another paper
    /// already proposed is the same method only on evidence: the same long form, or the paper naming it as existing
    /// work (it extends or compares with it). Otherwise it is a new sense, a node of its own; a paper that only uses
    /// the name joins the sense with its long form, else the first. A paper that writes out a sense's long form
    /// (as a name of its own, "Zebra Fusion Network") without defining the acronym counts as having that long form.
    /// </summary>
    private int SenseOf(BoundEntity entity, ExtractedPaper extracted, int paper)
    {
        var slot = (entity.Kind, entity.Key);
        var proposes = entity.Kind == EntityKind.Method && entity.Role == MethodRole.Proposed && entity.Entry is null;
        if (!_entityIndex.TryGetValue(slot, out var primary))
        {
            primary = _entities.Count;
            _entityIndex[slot] = primary;
            _entities.Add(new EntityRecord(entity.Kind, entity.Key, entity.Entry) { Taxonomy = TaxonomyEntry(entity) });
            if (proposes)
            {
                _entities[primary].ClaimProposal(paper, entity, Qualifier(entity, extracted));
            }
            return primary;
        }
        _senseIndex.TryGetValue(slot, out var senses);
        var longForm = entity.LongForm is null ? null : EntityKey.From(entity.LongForm);
        if (longForm is not null && FirstWithLongForm(senses, primary, longForm) is var sameLongForm and >= 0)
        {
            return SenseAt(senses, primary, sameLongForm);
        }
        if (!proposes)
        {
            return primary;
        }
        // The first sense, in the order they were made, that this paper joins: one no paper has proposed yet (only
        // the first can be: the others are made by a proposal), one this paper proposed already, any when the paper
        // cites the name, or one whose long form the paper writes out. Found through the senses' index, not by
        // walking them: a short name that thousands of papers propose has thousands of senses.
        var joined = _entities[primary].ProposerPaper < 0 || _entities[primary].ProposerPaper == paper || Cites(extracted, entity.Key) ? 0 : int.MaxValue;
        if (joined > 0 && senses is not null && senses.FirstProposedBy(paper) is var own and >= 0)
        {
            joined = own;
        }
        if (joined > 0 && longForm is null)
        {
            foreach (var other in extracted.Entities)
            {
                if (FirstWithLongForm(senses, primary, other.Key) is var written and >= 0 && written < joined)
                {
                    joined = written;
                }
            }
        }
        if (joined != int.MaxValue)
        {
            var sense = SenseAt(senses, primary, joined);
            if (_entities[sense].ProposerPaper < 0)
            {
                // Earlier papers only used the name: this paper is the first to propose it.
                _entities[sense].ClaimProposal(paper, entity, Qualifier(entity, extracted));
                senses?.Claimed(joined, _entities[sense]);
            }
            return sense;
        }
        var qualifier = Qualifier(entity, extracted);
        if (senses is null ? _entities[primary].QualifierText == qualifier : senses.HasQualifier(qualifier))
        {
            // Two papers of the same day on the same idea: their titles tell them apart.
            qualifier = $"{qualifier}: {NodeTitle(extracted.Paper.Title)}";
        }
        var key = EntityKey.From($"{entity.Key} {qualifier}");
        for (var n = 2; _entityIndex.ContainsKey((entity.Kind, key)); n++)
        {
            key = EntityKey.From($"{entity.Key} {qualifier} {n}");
        }
        var index = _entities.Count;
        _entityIndex[(entity.Kind, key)] = index;
        _entities.Add(new EntityRecord(entity.Kind, key, null) { BaseKey = entity.Key });
        _entities[index].ClaimProposal(paper, entity, qualifier);
        if (senses is null)
        {
            senses = new SenseIndex(primary, _entities[primary]);
            _senseIndex[slot] = senses;
            _senses[slot] = senses.Order;
        }
        senses.Add(index, _entities[index]);
        return index;
    }

    private int FirstWithLongForm(SenseIndex? senses, int primary, string longForm) =>
        senses?.FirstWithLongForm(longForm) ?? (_entities[primary].ProposalLongForm == longForm ? 0 : -1);

    private static int SenseAt(SenseIndex? senses, int primary, int position) => senses is null ? primary : senses.Order[position];

    /// <summary>
    /// The senses of one name, in the order they were made, with what <see cref="SenseOf"/> asks of them indexed: the
    /// first sense with a given proposal long form, the qualifiers in use, the senses each paper proposed.
    /// </summary>
    private sealed class SenseIndex
    {
        private readonly Dictionary<string, int> _firstWithLongForm = new(StringComparer.Ordinal);
        private readonly HashSet<string> _qualifiers = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _firstProposedBy = [];

        public SenseIndex(int primary, EntityRecord record) => Add(primary, record);

        public List<int> Order { get; } = [];

        public void Add(int entity, EntityRecord record)
        {
            Order.Add(entity);
            Claimed(Order.Count - 1, record);
        }

        /// <summary>The sense at <paramref name="position"/> has been proposed (or was made by a proposal).</summary>
        public void Claimed(int position, EntityRecord record)
        {
            if (record.ProposalLongForm is { } longForm && (!_firstWithLongForm.TryGetValue(longForm, out var known) || position < known))
            {
                _firstWithLongForm[longForm] = position;
            }
            if (record.QualifierText is { } qualifier)
            {
                _qualifiers.Add(qualifier);
            }
            if (record.ProposerPaper >= 0 && (!_firstProposedBy.TryGetValue(record.ProposerPaper, out var first) || position < first))
            {
                _firstProposedBy[record.ProposerPaper] = position;
            }
        }

        public int FirstWithLongForm(string longForm) => _firstWithLongForm.GetValueOrDefault(longForm, -1);

        public int FirstProposedBy(int paper) => _firstProposedBy.GetValueOrDefault(paper, -1);

        public bool HasQualifier(string qualifier) => _qualifiers.Contains(qualifier);
    }

    private static string NodeTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 ? title : string.Join(' ', words.Take(5)) + "…";
    }

    /// <summary>The paper names the method as existing work: it extends it or compares with it.</summary>
    private static bool Cites(ExtractedPaper extracted, string key) =>
        extracted.Relations.Any(relation => relation.TargetKey == key && relation.Kind is StatedRelationKind.Extends or StatedRelationKind.ComparedWith);

    /// <summary>Which paper a sense is from, for people: its year (or date) and the idea it goes with, "2024, LoRA".</summary>
    private static string Qualifier(BoundEntity entity, ExtractedPaper extracted)
    {
        var date = extracted.Paper.Dates.FirstOrDefault() ?? "";
        var year = System.Text.RegularExpressions.Regex.Match(date, @"\b(19|20)\d\d\b");
        var when = year.Success ? year.Value : date;
        var company = extracted.Entities
            .Where(other => other.Key != entity.Key)
            .OrderBy(other => other.Kind switch { EntityKind.Technique => 0, EntityKind.Task => 1, EntityKind.Dataset => 2, _ => 3 })
            .Select(other => other.Name)
            .FirstOrDefault() ?? string.Join(' ', extracted.Paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        return when.Length == 0 ? company : $"{when}, {company}";
    }

    private EvidenceRow Row(int paperRef, ExtractedPaper extracted, Syntax.DocumentField field, int sentenceNumber, int start, int end, string text)
    {
        var sentenceText = extracted.Sentences[sentenceNumber];
        var sentence = _sentences.Add(paperRef, sentenceNumber, field, sentenceText);
        var inSentence = sentenceText.IndexOf(text, StringComparison.Ordinal);
        return new EvidenceRow(sentence, start, end, Math.Max(0, inSentence));
    }

    private static ImmutableArray<string> SortedUnion(ImmutableArray<string> known, IEnumerable<string> more) =>
        [.. known.Concat(more).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private string Shared(string value) => _sharedStrings.TryGetValue(value, out var shared) ? shared : _sharedStrings[value] = value;

    /// <summary>
    /// A task the patterns found ("weakly supervised semantic segmentation") has no lexicon entry, but the imported task
    /// taxonomy may know its key: it then gets that entry's place (and parent) in the taxonomy, not its name or forms.
    /// </summary>
    private LexiconEntry? TaxonomyEntry(BoundEntity entity) =>
        entity.Entry ?? (lexicon.TryGet(entity.Kind, entity.Key, out var known) && known.IsTaxonomyOnly ? known : null);

    /// <summary>
    /// The graph's nodes and paper and stated edges own what they need now; the builder's per-paper and per-entity lists
    /// and maps (a million-paper build's entity records alone are about 300 MB) would only add to the peak.
    /// </summary>
    public void ReleaseWorkingState()
    {
        _papers.Clear();
        _papers.TrimExcess();
        _paperIndex.Clear();
        _paperIndex.TrimExcess();
        _entities.Clear();
        _entities.TrimExcess();
        _entityIndex.Clear();
        _entityIndex.TrimExcess();
        _senses.Clear();
        _senses.TrimExcess();
        _paperLinkStart.Release();
        _linkEvidenceStart.Release();
        _statedRelations.Clear();
        _statedRelations.TrimExcess();
    }

    public static RelationType RelationFor(EntityKind kind, bool proposed) => kind switch
    {
        EntityKind.Method when proposed => RelationType.Proposes,
        EntityKind.Method or EntityKind.Technique => RelationType.Uses,
        EntityKind.Dataset => RelationType.EvaluatesOn,
        _ => RelationType.Addresses,
    };
}
