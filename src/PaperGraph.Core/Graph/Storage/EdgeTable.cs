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
    public required int[] Source { get; init; }
    public required int[] Target { get; init; }
    public required byte[] Type { get; init; }
    public required int[] Weight { get; init; }
    public required double[] Score { get; init; }

    /// <summary>Edge e's evidence rows are <c>EvidenceStart[e] .. EvidenceStart[e + 1]</c>.</summary>
    public required int[] EvidenceStart { get; init; }

    /// <summary>Per evidence row: the sentence (a row of the graph's sentence table).</summary>
    public required int[] EvidenceSentence { get; init; }

    /// <summary>Per evidence row: the mention's span in its field.</summary>
    public required int[] EvidenceStartOffset { get; init; }
    public required int[] EvidenceEndOffset { get; init; }

    /// <summary>Per evidence row: where the mention starts inside its sentence's text.</summary>
    public required int[] EvidenceInSentence { get; init; }

    /// <summary>Edge e's listed papers are <c>PaperRefs[PapersStart[e] .. PapersStart[e + 1]]</c>, indexes into the paper keys.</summary>
    public required int[] PapersStart { get; init; }
    public required int[] PaperRefs { get; init; }

    public int Count => Source.Length;

    public RelationType TypeOf(int edge) => (RelationType)Type[edge];

    /// <summary>Appends edges column by column while a graph is built.</summary>
    public sealed class Builder
    {
        private readonly List<int> _source = [];
        private readonly List<int> _target = [];
        private readonly List<byte> _type = [];
        private readonly List<int> _weight = [];
        private readonly List<double> _score = [];
        private readonly List<int> _evidenceStart = [0];
        private readonly List<int> _evidenceSentence = [];
        private readonly List<int> _evidenceStartOffset = [];
        private readonly List<int> _evidenceEndOffset = [];
        private readonly List<int> _evidenceInSentence = [];
        private readonly List<int> _papersStart = [0];
        private readonly List<int> _paperRefs = [];

        public int Count => _source.Count;

        public int SourceAt(int edge) => _source[edge];

        public int TargetAt(int edge) => _target[edge];

        public RelationType TypeAt(int edge) => (RelationType)_type[edge];

        /// <summary>Adds an edge; its evidence and papers are the rows added since the previous edge.</summary>
        public void AddEdge(int source, int target, RelationType type, int weight, double score)
        {
            _source.Add(source);
            _target.Add(target);
            _type.Add((byte)type);
            _weight.Add(weight);
            _score.Add(score);
            _evidenceStart.Add(_evidenceSentence.Count);
            _papersStart.Add(_paperRefs.Count);
        }

        /// <summary>Adds an evidence row to the edge that the next <see cref="AddEdge"/> call adds.</summary>
        public void AddEvidence(int sentence, int start, int end, int inSentence)
        {
            _evidenceSentence.Add(sentence);
            _evidenceStartOffset.Add(start);
            _evidenceEndOffset.Add(end);
            _evidenceInSentence.Add(inSentence);
        }

        /// <summary>Lists a paper behind the edge that the next <see cref="AddEdge"/> call adds.</summary>
        public void AddPaper(int paperRef) => _paperRefs.Add(paperRef);

        public EdgeTable ToTable() => new()
        {
            Source = [.. _source],
            Target = [.. _target],
            Type = [.. _type],
            Weight = [.. _weight],
            Score = [.. _score],
            EvidenceStart = [.. _evidenceStart],
            EvidenceSentence = [.. _evidenceSentence],
            EvidenceStartOffset = [.. _evidenceStartOffset],
            EvidenceEndOffset = [.. _evidenceEndOffset],
            EvidenceInSentence = [.. _evidenceInSentence],
            PapersStart = [.. _papersStart],
            PaperRefs = [.. _paperRefs],
        };
    }
}
