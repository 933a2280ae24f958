using PaperGraph.Syntax;

namespace PaperGraph.Graph.Storage;

/// <summary>
/// The sentences that evidence points into, one row each: the paper (an index into <see cref="PaperKeys"/>), the
/// sentence's number in that paper (0 is the title), its field, and where its text lies in <see cref="Text"/>.
/// </summary>
internal sealed class SentenceTable(string[] paperKeys, Column<int> paper, Column<int> number, Column<byte> field, Column<long> offset, SentenceText text)
{
    /// <summary>Paper ids that evidence and derived edges refer to by index.</summary>
    public string[] PaperKeys { get; } = paperKeys;
    public Column<int> Paper { get; } = paper;
    public Column<int> Number { get; } = number;
    public Column<byte> Field { get; } = field;

    /// <summary>Byte offsets into <see cref="Text"/>, one more than there are sentences.</summary>
    public Column<long> Offset { get; } = offset;
    public SentenceText Text { get; } = text;

    public int Count => Paper.Length;

    public string TextOf(int sentence) => Text.Read(Offset[sentence], checked((int)(Offset[sentence + 1] - Offset[sentence])));

    public DocumentField FieldOf(int sentence) => (DocumentField)Field[sentence];

    /// <summary>Collects sentences while a graph is built.</summary>
    public sealed class Builder
    {
        private readonly List<string> _paperKeys = [];
        private readonly Dictionary<string, int> _paperIndex = new(StringComparer.Ordinal);
        private readonly GrowableColumn<int> _paper = new();
        private readonly GrowableColumn<int> _number = new();
        private readonly GrowableColumn<byte> _field = new();
        private readonly GrowableColumn<long> _offset = new();
        private readonly Dictionary<(int Paper, int Number), (int Row, string Text)> _known = [];
        private readonly SentenceText _text = SentenceText.CreateWritable();

        public Builder()
        {
            _offset.Add(0);
        }

        public int PaperRef(string paperKey)
        {
            if (!_paperIndex.TryGetValue(paperKey, out var index))
            {
                index = _paperKeys.Count;
                _paperKeys.Add(paperKey);
                _paperIndex[paperKey] = index;
            }
            return index;
        }

        /// <summary>The row of a paper's sentence, added on first use; a sentence is stored once however many mentions it holds.</summary>
        public int Add(int paperRef, int number, DocumentField field, string text)
        {
            if (_known.TryGetValue((paperRef, number), out var known) && known.Text == text)
            {
                return known.Row;
            }
            // A graph made by hand may give one sentence number two texts; each text gets a row of its own.
            var row = _paper.Count;
            _known.TryAdd((paperRef, number), (row, text));
            _paper.Add(paperRef);
            _number.Add(number);
            _field.Add((byte)field);
            _text.Append(text);
            _offset.Add(_text.Length);
            return row;
        }

        /// <summary>Forgets which sentences of finished papers are stored, so the lookup stays small on a large corpus.</summary>
        public void EndPaper() => _known.Clear();

        public SentenceTable ToTable()
        {
            _text.Seal();
            _paperIndex.Clear();
            _paperIndex.TrimExcess();
            _known.Clear();
            return new SentenceTable(Take(_paperKeys), _paper.Freeze(), _number.Freeze(), _field.Freeze(), _offset.Freeze(), _text);
        }

        private static T[] Take<T>(List<T> list)
        {
            var array = list.ToArray();
            list.Clear();
            list.TrimExcess();
            return array;
        }
    }
}
