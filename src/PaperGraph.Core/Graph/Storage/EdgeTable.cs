namespace PaperGraph.Graph.Storage;

/// <summary>
/// Every edge of a graph as columns of plain values: ends, type, weight and score per edge; then, through offset
/// columns, each edge's evidence rows and the papers listed behind it.
/// </summary>
/// <remarks>
/// Columns instead of one object per edge: a million-paper graph has tens of millions of edges, and as objects their
/// headers, references and small arrays cost several times the values themselves and keep the collector busy.
/// </remarks>
internal sealed class EdgeTable
{
    public required Column<int> Source { get; init; }
    public required Column<int> Target { get; init; }
    public required Column<byte> Type { get; init; }
    public required Column<int> Weight { get; init; }
    public required Column<double> Score { get; init; }

    /// <summary>Edge e's evidence rows are <c>EvidenceStart[e] .. EvidenceStart[e + 1]</c>.</summary>
    public required Column<int> EvidenceStart { get; init; }

    /// <summary>Per evidence row: the sentence (a row of the graph's sentence table).</summary>
    public required Column<int> EvidenceSentence { get; init; }

    /// <summary>Per evidence row: the mention's span in its field.</summary>
    public required Column<int> EvidenceStartOffset { get; init; }
    public required Column<int> EvidenceEndOffset { get; init; }

    /// <summary>Per evidence row: where the mention starts inside its sentence's text.</summary>
    public required Column<int> EvidenceInSentence { get; init; }

    /// <summary>Edge e's listed papers are <c>PaperRefs[PapersStart[e] .. PapersStart[e + 1]]</c>, indexes into the paper keys.</summary>
    public required Column<int> PapersStart { get; init; }
    public required Column<int> PaperRefs { get; init; }

    public int Count => Source.Length;

    public RelationType TypeOf(int edge) => (RelationType)Type[edge];

    /// <summary>Appends edges column by column while a graph is built.</summary>
    public sealed class Builder
    {
        private readonly GrowableColumn<int> _source = new();
        private readonly GrowableColumn<int> _target = new();
        private readonly GrowableColumn<byte> _type = new();
        private readonly GrowableColumn<int> _weight = new();
        private readonly GrowableColumn<double> _score = new();
        private readonly GrowableColumn<int> _evidenceStart = GrowableColumn<int>.StartingWith(0);
        private readonly GrowableColumn<int> _evidenceSentence = new();
        private readonly GrowableColumn<int> _evidenceStartOffset = new();
        private readonly GrowableColumn<int> _evidenceEndOffset = new();
        private readonly GrowableColumn<int> _evidenceInSentence = new();
        private readonly GrowableColumn<int> _papersStart = GrowableColumn<int>.StartingWith(0);
        private readonly GrowableColumn<int> _paperRefs = new();

        public int Count => _source.Count;

        public int SourceAt(int edge) => _source[edge];

        public int TargetAt(int edge) => _target[edge];

        public RelationType TypeAt(int edge) => (RelationType)_type[edge];

        public int EvidenceCount => _evidenceSentence.Count;

        /// <summary>Adds an edge; its evidence and papers are the rows added since the previous edge.</summary>
        public void AddEdge(int source, int target, RelationType type, int weight, double score) =>
            AddEdge(source, target, type, weight, score, _evidenceSentence.Count);

        /// <summary>Adds an edge whose evidence is the rows from the previous edge's up to <paramref name="evidenceEnd"/>: evidence added ahead of its edges.</summary>
        public void AddEdge(int source, int target, RelationType type, int weight, double score, int evidenceEnd)
        {
            if (evidenceEnd < _evidenceStart.Last || evidenceEnd > _evidenceSentence.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(evidenceEnd), "evidence rows are taken in order");
            }
            _source.Add(source);
            _target.Add(target);
            _type.Add((byte)type);
            _weight.Add(weight);
            _score.Add(score);
            _evidenceStart.Add(evidenceEnd);
            _papersStart.Add(_paperRefs.Count);
        }

        /// <summary>Reorders evidence rows from <paramref name="from"/> on: row <c>from + i</c> becomes the row that was at <c>order[i]</c>.</summary>
        public void PermuteEvidence(int from, IReadOnlyList<int> order)
        {
            Permute(_evidenceSentence, from, order);
            Permute(_evidenceStartOffset, from, order);
            Permute(_evidenceEndOffset, from, order);
            Permute(_evidenceInSentence, from, order);
        }

    
        private static void Permute(GrowableColumn<int> column, int from, IReadOnlyList<int> order)
        {
            var values = order.Select(row => column[row]).ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                column[from + i] = values[i];
            }
        }

        /// <summary>Forgets the evidence rows from <paramref name="count"/> on (those of entities a curation file dropped, moved there by <see cref="PermuteEvidence"/>).</summary>
        public void TruncateEvidence(int count)
        {
            if (count < _evidenceStart.Last)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "the rows of edges already added stay");
            }
            _evidenceSentence.Truncate(count);
            _evidenceStartOffset.Truncate(count);
            _evidenceEndOffset.Truncate(count);
            _evidenceInSentence.Truncate(count);
        }

        /// <summary>Adds an evidence row to the edge that the next AddEdge call adds.</summary>
        public void AddEvidence(int sentence, int start, int end, int inSentence)
        {
            _evidenceSentence.Add(sentence);
            _evidenceStartOffset.Add(start);
            _evidenceEndOffset.Add(end);
            _evidenceInSentence.Add(inSentence);
        }

        /// <summary>Lists a paper behind the edge that the next AddEdge call adds.</summary>
        public void AddPaper(int paperRef) => _paperRefs.Add(paperRef);

        /// <summary>Freezes the columns, one at a time.</summary>
        public EdgeTable ToTable() => new()
        {
            Source = Take(_source),
            Target = Take(_target),
            Type = Take(_type),
            Weight = Take(_weight),
            Score = Take(_score),
            EvidenceStart = Take(_evidenceStart),
            EvidenceSentence = Take(_evidenceSentence),
            EvidenceStartOffset = Take(_evidenceStartOffset),
            EvidenceEndOffset = Take(_evidenceEndOffset),
            EvidenceInSentence = Take(_evidenceInSentence),
            PapersStart = Take(_papersStart),
            PaperRefs = Take(_paperRefs),
        };

        private static Column<T> Take<T>(GrowableColumn<T> column) where T : unmanaged => column.Freeze();
    }
}
