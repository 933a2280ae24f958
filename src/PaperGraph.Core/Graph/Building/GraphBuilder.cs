using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Storage;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The one place that mutates a graph: papers are added one at a time, then <see cref="Build"/> binds entities
/// across papers and freezes the result.
/// </summary>
/// <remarks>
/// Across papers, an entity found only by patterns whose key is another entity's acronym or long form (same kind)
/// is merged into it, unless that key is claimed by more than one entity (an ambiguous acronym stays apart).
/// Mentions are kept as rows of integers and their sentences as UTF-8 (<see cref="SentenceTable"/>) as papers
/// arrive, so memory grows with the number of mentions, not with objects per mention.
/// </remarks>
public sealed class GraphBuilder(EntityLexicon lexicon)
{
    private readonly Dictionary<string, int> _paperIndex = new(StringComparer.Ordinal);
    private readonly List<PaperRecord> _papers = [];
    private readonly Dictionary<(EntityKind Kind, string Key), int> _entityIndex = [];
    private readonly List<EntityRecord> _entities = [];
    // Per name proposed by more than one paper without evidence that it is one thing: its senses, the first the one
    // _entityIndex finds under the bare key.
    private readonly Dictionary<(EntityKind Kind, string Key), List<int>> _senses = [];
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
    private bool _built;
    private readonly List<(int Paper, StatedRelation Relation, EvidenceRow Evidence)> _statedRelations = [];

    public int PaperCount => _papers.Count;

    public void AddDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Add(ExtractedPaper extracted)
    {
        ObjectDisposedException.ThrowIf(_built, this);
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
        var senses = _senses.TryGetValue(slot, out var list) ? list : [primary];
        var longForm = entity.LongForm is null ? null : EntityKey.From(entity.LongForm);
        var sameLongForm = longForm is null ? -1 : senses.FindIndex(sense => _entities[sense].ProposalLongForm == longForm);
        if (sameLongForm >= 0)
        {
            return senses[sameLongForm];
        }
        if (!proposes)
        {
            return primary;
        }
        foreach (var sense in senses)
        {
            var record = _entities[sense];
            if (record.ProposerPaper < 0)
            {
                // Earlier papers only used the name: this paper is the first to propose it.
                record.ClaimProposal(paper, entity, Qualifier(entity, extracted));
                return sense;
            }
            if (record.ProposerPaper == paper || Cites(extracted, entity.Key)
                || (longForm is null && record.ProposalLongForm is { } known && extracted.Entities.Any(other => other.Key == known)))
            {
                // The same paper, a citation, or the sense's long form written out in this paper.
                return sense;
            }
        }
        var qualifier = Qualifier(entity, extracted);
        if (senses.Any(sense => _entities[sense].QualifierText == qualifier))
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
        if (list is null)
        {
            _senses[slot] = senses;
        }
        senses.Add(index);
        return index;
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

    /// <summary>Makes the graph; the builder hands its columns over and cannot be used again.</summary>
    /// <param name="phaseDone">Told the name and duration of each phase as it ends, for profiling large builds.</param>
    /// <param name="cancellationToken">
    /// Checked between phases and inside the loops over papers and entities: on a large corpus this build takes
    /// minutes, and Ctrl-C must stop it there, not after it (<see cref="OperationCanceledException"/>).
    /// </param>
    public KnowledgeGraph Build(Action<string, TimeSpan>? phaseDone = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Done(string phase)
        {
            phaseDone?.Invoke(phase, clock.Elapsed);
            clock.Restart();
            cancellationToken.ThrowIfCancellationRequested();
        }
        cancellationToken.ThrowIfCancellationRequested();
        var keptApart = KeptApartNames();
        var (merged, merges) = MergeAcrossPapers(cancellationToken);
        merges = merges.AddRange(ResolveKindsAcrossPapers(merged));
        var canonical = AddTaxonomyAncestors(merged);
        Done("merge entities across papers");

        // Node ids: papers first, in the order they arrived, then canonical entities in the order first seen.
        var nodeOfEntity = new int[_entities.Count];
        var entityOfNode = new List<int>();
        for (var e = 0; e < _entities.Count; e++)
        {
            if (canonical[e] == e)
            {
                nodeOfEntity[e] = _papers.Count + entityOfNode.Count;
                entityOfNode.Add(e);
            }
        }
        for (var e = 0; e < _entities.Count; e++)
        {
            nodeOfEntity[e] = nodeOfEntity[canonical[e]];
        }
        var nodeCount = _papers.Count + entityOfNode.Count;

        var edges = _edges;
        var paperCounts = new int[nodeCount];
        var proposedCounts = new int[nodeCount];
        AddPaperEdges(edges, nodeOfEntity, canonical, paperCounts, proposedCounts, cancellationToken);
        Done("paper edges");

        var nodes = ImmutableArray.CreateBuilder<GraphNode>(nodeCount);
        for (var p = 0; p < _papers.Count; p++)
        {
            var paper = _papers[p];
            nodes.Add(new GraphNode(p, NodeKind.Paper, paper.Id, paper.Title, [], null, 1, 0, paper.Dates, paper.Sources, null));
        }
        foreach (var e in entityOfNode)
        {
            var entity = _entities[e];
            var id = nodes.Count;
            nodes.Add(new GraphNode(id, ToNodeKind(entity.Kind), entity.Key, entity.DisplayName, entity.AliasList(), entity.LongForm,
                paperCounts[id], proposedCounts[id], [], [], entity.ParentName));
        }
        var nodeArray = nodes.MoveToImmutable();
        Done("nodes");

        foreach (var e in entityOfNode)
        {
            if (_entities[e].Taxonomy is { } entry && lexicon.ParentOf(entry) is { } parent
                && _entityIndex.TryGetValue((parent.Kind, parent.Key), out var parentEntity))
            {
                edges.AddEdge(nodeOfEntity[e], nodeOfEntity[parentEntity], RelationType.IsA, 1, 0);
            }
        }

        StatedEdges.Add(edges, _statedRelations, (kind, key) => _entityIndex.TryGetValue((kind, key), out var e) ? nodeOfEntity[e] : -1);
        Done("taxonomy and stated edges");
        DerivedEdges.Add(edges, nodeArray, _papers.Count, cancellationToken);
        Done("derived edges");
        var table = edges.ToTable();
        var sentences = _sentences.ToTable();
        Done("freeze columns");
        ReleaseWorkingState();
        var adjacency = Adjacency.Build(nodeCount, table);
        Done("adjacency");
        return new KnowledgeGraph(nodeArray, table, adjacency, sentences, merges, [.. _diagnostics]) { CoOccurrenceIsComplete = true, KeptApart = keptApart };
    }

    /// <summary>Names that stayed several nodes; each sense's display name now says which paper it is from.</summary>
    private ImmutableArray<KeptApart> KeptApartNames()
    {
        var result = ImmutableArray.CreateBuilder<KeptApart>();
        foreach (var ((kind, key), senses) in _senses.OrderBy(pair => pair.Key.Kind).ThenBy(pair => pair.Key.Key, StringComparer.Ordinal))
        {
            foreach (var sense in senses)
            {
                _entities[sense].Qualify();
            }
            result.Add(new KeptApart(ToNodeKind(kind), _entities[senses[0]].BareName, [.. senses.Select(sense => _entities[sense].Key)],
                "proposed by different papers with no shared long form and no citation"));
        }
        return result.ToImmutable();
    }

    /// <summary>The graph owns what it needs now; the builder's per-paper lists and maps would only add to the peak.</summary>
    private void ReleaseWorkingState()
    {
        _papers.Clear();
        _papers.TrimExcess();
        _paperIndex.Clear();
        _paperIndex.TrimExcess();
        _paperLinkStart.Release();
        _linkEvidenceStart.Release();
        _statedRelations.Clear();
        _statedRelations.TrimExcess();
    }

    /// <summary>
    /// One edge per (paper, entity, relation), in the order the paper mentions them: two surface forms merged across
    /// papers must not double an edge, so their evidence is joined under the first.
    /// </summary>
    private void AddPaperEdges(EdgeTable.Builder edges, int[] nodeOfEntity, int[] canonical, int[] paperCounts, int[] proposedCounts, CancellationToken cancellationToken)
    {
        var lastPaper = new int[paperCounts.Length];
        var lastProposing = new int[paperCounts.Length];
        Array.Fill(lastPaper, -1);
        Array.Fill(lastProposing, -1);
        var groups = new List<(int Node, RelationType Relation)>();
        var members = new List<List<int>>();
        var order = new List<int>();
        for (var p = 0; p < _papers.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            groups.Clear();
            var merged = false;
            for (var link = _paperLinkStart[p]; link < _paperLinkStart[p + 1]; link++)
            {
                var entity = _linkEntity[link];
                var relation = _linkRelation[link];
                if (_entities[canonical[entity]].Kind != _entities[entity].Kind)
                {
                    // The paper's mention joined a node of another kind (ResolveKindsAcrossPapers): its relation follows.
                    relation = RelationFor(_entities[canonical[entity]].Kind, relation == RelationType.Proposes);
                }
                var key = (nodeOfEntity[entity], relation);
                var group = groups.IndexOf(key);
                if (group < 0)
                {
                    group = groups.Count;
                    groups.Add(key);
                    if (members.Count <= group)
                    {
                        members.Add([]);
                    }
                    members[group].Clear();
                }
                else
                {
                    merged = true;
                }
                members[group].Add(link);
            }
            var firstRow = _linkEvidenceStart[_paperLinkStart[p]];
            if (merged)
            {
                // Rare: the links of a merged group are not adjacent, so their rows are regrouped in place.
                order.Clear();
                for (var g = 0; g < groups.Count; g++)
                {
                    foreach (var link in members[g])
                    {
                        for (var row = _linkEvidenceStart[link]; row < _linkEvidenceStart[link + 1]; row++)
                        {
                            order.Add(row);
                        }
                    }
                }
                edges.PermuteEvidence(firstRow, order);
            }
            var end = firstRow;
            for (var g = 0; g < groups.Count; g++)
            {
                var (node, relation) = groups[g];
                var mentions = 0;
                foreach (var link in members[g])
                {
                    mentions += _linkEvidenceStart[link + 1] - _linkEvidenceStart[link];
                }
                end += mentions;
                edges.AddEdge(p, node, relation, mentions, 0, end);
                if (lastPaper[node] != p)
                {
                    lastPaper[node] = p;
                    paperCounts[node]++;
                }
                if (relation == RelationType.Proposes && lastProposing[node] != p)
                {
                    lastProposing[node] = p;
                    proposedCounts[node]++;
                }
            }
        }
        // The links are in the edges now; let them go before the derived edges need room.
        _linkEntity.Release();
        _linkRelation.Release();
    }

    private (int[] Canonical, ImmutableArray<MergedDuplicate> Merges) MergeAcrossPapers(CancellationToken cancellationToken)
    {
        var canonical = Enumerable.Range(0, _entities.Count).ToArray();
        var merges = ImmutableArray.CreateBuilder<MergedDuplicate>();

        // Which entities claim a surface key as an acronym or long form of theirs.
        var claims = new Dictionary<(EntityKind, string), HashSet<string>>();
        foreach (var entity in _entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var form in entity.DefinitionForms())
            {
                var formSlot = (entity.Kind, EntityKey.From(form));
                if (formSlot == (entity.Kind, entity.Key))
                {
                    continue;
                }
                if (!claims.TryGetValue(formSlot, out var owners))
                {
                    claims[formSlot] = owners = new HashSet<string>(StringComparer.Ordinal);
                }
                owners.Add(entity.Key);
            }
        }
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            if (entity.Entry is not null || entity.LongForm is not null || !claims.TryGetValue((entity.Kind, entity.Key), out var owners) || owners.Count != 1)
            {
                continue;
            }
            if (!_entityIndex.TryGetValue((entity.Kind, owners.First()), out var target) || canonical[target] != target)
            {
                continue;
            }
            canonical[e] = target;
            _entities[target].Absorb(entity);
            merges.Add(new MergedDuplicate(ToNodeKind(entity.Kind), entity.Key, _entities[target].Key, "acronym and long form"));
        }
        return (canonical, merges.ToImmutable());
    }

    private static RelationType RelationFor(EntityKind kind, bool proposed) => kind switch
    {
        EntityKind.Method when proposed => RelationType.Proposes,
        EntityKind.Method or EntityKind.Technique => RelationType.Uses,
        EntityKind.Dataset => RelationType.EvaluatesOn,
        _ => RelationType.Addresses,
    };

    /// <summary>
    /// One key, one kind across papers: where papers disagree on what a key is ("test-time adaptation" a technique in
    /// most papers, a task in a few), the entities of the minority kinds join the kind the evidence favours, so the
    /// graph has one node rather than two that never meet. The evidence is a curated lexicon entry when exactly one
    /// kind has one, else the number of papers (a strict majority: a tie stays apart). Names kept apart as homonyms,
    /// a paper's own proposed method, and entities whose long forms differ are left alone: they may be different things.
    /// </summary>
    private List<MergedDuplicate> ResolveKindsAcrossPapers(int[] canonical)
    {
        var merges = new List<MergedDuplicate>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            if (canonical[e] != e || entity.BaseKey is not null || _senses.ContainsKey((entity.Kind, entity.Key)))
            {
                continue;
            }
            if (!byKey.TryGetValue(entity.Key, out var kinds))
            {
                byKey[entity.Key] = kinds = new List<int>(1);
            }
            kinds.Add(e);
        }
        foreach (var (key, group) in byKey)
        {
            if (group.Count < 2)
            {
                continue;
            }
            var curated = group.Where(e => _entities[e].Entry is { IsTaxonomyOnly: false }).ToList();
            int winner;
            if (curated.Count == 1)
            {
                winner = curated[0];
            }
            else if (curated.Count == 0)
            {
                var ranked = group.OrderByDescending(e => _entities[e].PaperCount).ThenBy(e => e).ToList();
                if (_entities[ranked[0]].PaperCount == _entities[ranked[1]].PaperCount)
                {
                    continue;
                }
                winner = ranked[0];
            }
            else
            {
                continue;
            }
            var target = _entities[winner];
            foreach (var e in group)
            {
                var entity = _entities[e];
                if (e == winner || entity.Entry is { IsTaxonomyOnly: false } || entity.ProposerPaper >= 0
                    || (entity.LongForm is { } longForm && target.LongForm is { } targetLongForm && EntityKey.From(longForm) != EntityKey.From(targetLongForm)))
                {
                    continue;
                }
                canonical[e] = winner;
                target.Absorb(entity);
                merges.Add(new MergedDuplicate(ToNodeKind(entity.Kind), key, key,
                    $"one kind across papers: {target.Kind.ToName()} in {target.PaperCount} papers{(curated.Count == 1 ? " and the lexicon" : "")}, {entity.Kind.ToName()} in {entity.PaperCount}"));
            }
        }
        return merges;
    }

    /// <summary>Adds the lexicon ancestors of every entity (techniques, methods, tasks) as entities of their own; returns the canonical map grown to cover them.</summary>
    private int[] AddTaxonomyAncestors(int[] canonical)
    {
        var count = _entities.Count;
        for (var e = 0; e < count; e++)
        {
            if (_entities[e].Taxonomy is not { } entry)
            {
                continue;
            }
            foreach (var ancestor in lexicon.Ancestors(entry))
            {
                var slot = (ancestor.Kind, ancestor.Key);
                if (_entityIndex.ContainsKey(slot))
                {
                    continue;
                }
                _entityIndex[slot] = _entities.Count;
                _entities.Add(new EntityRecord(ancestor.Kind, ancestor.Key, ancestor) { Taxonomy = ancestor });
            }
        }
        var grown = new int[_entities.Count];
        canonical.CopyTo(grown, 0);
        for (var e = count; e < grown.Length; e++)
        {
            grown[e] = e;
        }
        return grown;
    }

    /// <summary>
    /// A task the patterns found ("weakly supervised semantic segmentation") has no lexicon entry, but the imported task
    /// taxonomy may know its key: it then gets that entry's place (and parent) in the taxonomy, not its name or forms.
    /// </summary>
    private LexiconEntry? TaxonomyEntry(BoundEntity entity) =>
        entity.Entry ?? (lexicon.TryGet(entity.Kind, entity.Key, out var known) && known.IsTaxonomyOnly ? known : null);

    public static NodeKind ToNodeKind(EntityKind kind) => kind switch
    {
        EntityKind.Method => NodeKind.Method,
        EntityKind.Dataset => NodeKind.Dataset,
        EntityKind.Technique => NodeKind.Technique,
        _ => NodeKind.Task,
    };

    /// <summary>A mention as the graph keeps it: its sentence row, its span in the field, and where it starts in the sentence.</summary>
    internal readonly record struct EvidenceRow(int Sentence, int Start, int End, int InSentence);

    /// <summary>A paper's listing: arrays rather than sets, as a million papers each have one or two dates and sources.</summary>
    private sealed class PaperRecord(string id, string title)
    {
        public string Id { get; } = id;
        public string Title { get; } = title;
        public ImmutableArray<string> Dates { get; set; } = [];
        public ImmutableArray<string> Sources { get; set; } = [];
    }

    private sealed class EntityRecord(EntityKind kind, string key, LexiconEntry? entry)
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly List<string> _aliases = [];

        public EntityKind Kind { get; } = kind;
        public string Key { get; } = key;
        public LexiconEntry? Entry { get; } = entry;
        public string? LongForm { get; private set; }
        /// <summary>Where the entity sits in the lexicon taxonomy: its own entry, or a taxonomy-only entry of its kind and key.</summary>
        public LexiconEntry? Taxonomy { get; init; }

        public string? ParentName => Taxonomy?.Parent;

        /// <summary>The paper (index) that proposed this sense of the name, -1 when none has yet.</summary>
        public int ProposerPaper { get; private set; } = -1;

        /// <summary>The key of the long form the proposing paper gave, if any.</summary>
        public string? ProposalLongForm { get; private set; }

        /// <summary>For a sense split off a name: the bare key it shares with the others.</summary>
        public string? BaseKey { get; init; }

        private string? _qualifier;
        private bool _qualified;

        public void ClaimProposal(int paper, BoundEntity entity, string qualifier)
        {
            ProposerPaper = paper;
            ProposalLongForm = entity.LongForm is null ? null : EntityKey.From(entity.LongForm);
            _qualifier = qualifier;
        }

        /// <summary>From now on the display name says which paper this sense is from: "Hydra (2024, LoRA)".</summary>
        public void Qualify() => _qualified = _qualifier is not null;

        public string? QualifierText => _qualifier;

        public string BareName => Entry?.Name ?? _names.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).FirstOrDefault() ?? Key;

        public string DisplayName => _qualified ? $"{BareName} ({_qualifier})" : BareName;

        /// <summary>How many papers name the entity (one bound entity a paper).</summary>
        public int PaperCount { get; private set; }

        public void Add(BoundEntity entity)
        {
            PaperCount++;
            _names[entity.Name] = _names.GetValueOrDefault(entity.Name) + 1;
            LongForm ??= entity.LongForm;
            foreach (var alias in entity.Aliases)
            {
                AddAlias(alias);
            }
            AddAlias(entity.Name);
            if (entity.LongForm is not null)
            {
                AddAlias(entity.LongForm);
            }
        }

        private void AddAlias(string alias)
        {
            if (!_aliases.Contains(alias))
            {
                _aliases.Add(alias);
            }
        }

        public void Absorb(EntityRecord other)
        {
            foreach (var name in other._names.Keys)
            {
                AddAlias(name);
            }
            foreach (var alias in other._aliases)
            {
                AddAlias(alias);
            }
        }

        /// <summary>Forms that define this entity beyond its key: its long form and acronym-like aliases.</summary>
        public IEnumerable<string> DefinitionForms()
        {
            if (LongForm is not null)
            {
                yield return LongForm;
                foreach (var alias in _aliases)
                {
                    yield return alias;
                }
            }
        }

        public ImmutableArray<string> AliasList()
        {
            var display = DisplayName;
            return _aliases.Where(alias => alias != display).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        }
    }
}
