using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Synthesis;

/// <summary>
/// A deterministic synthetic corpus for measuring scale: abstracts are seed sentences whose entity mentions are
/// re-filled from a vocabulary that grows with the corpus (Heaps' law, V = K·n^β), so new method, dataset and
/// technique names keep appearing as N grows, as they do in a real corpus. See docs/synthetic-corpus.md.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const double HeapsK = 6.0;
    private const double HeapsBeta = 0.55;

    private readonly ImmutableArray<Template> _titles;
    private readonly ImmutableArray<ImmutableArray<Template>> _abstracts;
    private readonly Dictionary<EntityKind, ImmutableArray<string>> _seedNames;

    private SyntheticCorpus(ImmutableArray<Template> titles, ImmutableArray<ImmutableArray<Template>> abstracts, Dictionary<EntityKind, ImmutableArray<string>> seedNames)
    {
        _titles = titles;
        _abstracts = abstracts;
        _seedNames = seedNames;
    }

    /// <summary>Learns templates from extracted seed papers: each sentence with its entity mentions turned into slots.</summary>
    public static SyntheticCorpus FromSeeds(IEnumerable<ExtractedPaper> seeds)
    {
        var titles = ImmutableArray.CreateBuilder<Template>();
        var abstracts = ImmutableArray.CreateBuilder<ImmutableArray<Template>>();
        var names = EntityKinds.Extracted.ToDictionary(kind => kind, _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var paper in seeds)
        {
            var mentions = paper.Entities.SelectMany(entity => entity.Mentions.Select(mention => (entity.Kind, Mention: mention))).ToList();
            foreach (var (kind, mention) in mentions)
            {
                names[kind].Add(mention.Text);
            }
            titles.Add(Template.From(paper.Paper.Title, mentions.Where(m => m.Mention.Field == DocumentField.Title).Select(m => (m.Kind, m.Mention.Span)).ToList()));
            var document = Document.Parse(paper.Paper);
            var sentences = ImmutableArray.CreateBuilder<Template>();
            foreach (var sentence in document.Abstract.Sentences)
            {
                var inside = mentions.Where(m => m.Mention.Field == DocumentField.Abstract && sentence.Span.Contains(m.Mention.Span))
                    .Select(m => (m.Kind, Span: new Text.TextSpan(m.Mention.Span.Start - sentence.Span.Start, m.Mention.Span.Length)))
                    .ToList();
                sentences.Add(Template.From(paper.Paper.Abstract.Substring(sentence.Span.Start, sentence.Span.Length), inside));
            }
            abstracts.Add(sentences.ToImmutable());
        }
        return new SyntheticCorpus(titles.ToImmutable(), abstracts.ToImmutable(), names.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray()));
    }

    /// <summary>Writes <paramref name="papers"/> plain JSON lines ({"id","title","abstract"}); the same seed gives the same bytes.</summary>
    public void Write(Stream output, int papers, int seed)
    {
        var random = new Random(seed);
        using var writer = new Utf8JsonWriter(output);
        var vocabulary = new GrowingVocabulary(_seedNames, random);
        for (var i = 0; i < papers; i++)
        {
            vocabulary.GrowTo((int)(HeapsK * Math.Pow(i + 1, HeapsBeta)));
            var source = random.Next(_abstracts.Length);
            var title = _titles[source].Fill(vocabulary, random);
            var text = new StringBuilder(1500);
            foreach (var sentence in _abstracts[source])
            {
                // Now and then a sentence from another paper, so abstracts are not just renamed copies.
                var template = random.NextDouble() < 0.2
                    ? _abstracts[random.Next(_abstracts.Length)] is { Length: > 0 } other ? other[random.Next(other.Length)] : sentence
                    : sentence;
                if (text.Length > 0)
                {
                    text.Append(' ');
                }
                text.Append(template.Fill(vocabulary, random));
            }
            writer.WriteStartObject();
            writer.WriteString("id", $"synth-{seed}-{i:D7}");
            writer.WriteString("title", title);
            writer.WriteString("abstract", text.ToString());
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    /// <summary>Text with typed holes where entity mentions were.</summary>
    private sealed record Template(ImmutableArray<string> Pieces, ImmutableArray<EntityKind> Slots)
    {
        public static Template From(string text, List<(EntityKind Kind, Text.TextSpan Span)> mentions)
        {
            var pieces = ImmutableArray.CreateBuilder<string>();
            var slots = ImmutableArray.CreateBuilder<EntityKind>();
            var position = 0;
            foreach (var (kind, span) in mentions.OrderBy(m => m.Span.Start))
            {
                if (span.Start < position)
                {
                    continue;
                }
                pieces.Add(text[position..span.Start]);
                slots.Add(kind);
                position = span.End;
            }
            pieces.Add(text[position..]);
            return new Template(pieces.ToImmutable(), slots.ToImmutable());
        }

        public string Fill(GrowingVocabulary vocabulary, Random random)
        {
            if (Slots.IsEmpty)
            {
                return Pieces[0];
            }
            var builder = new StringBuilder();
            for (var i = 0; i < Slots.Length; i++)
            {
                builder.Append(Pieces[i]).Append(vocabulary.Pick(Slots[i], random));
            }
            return builder.Append(Pieces[^1]).ToString();
        }
    }

    /// <summary>
    /// Seed names plus invented ones. Invented names follow the shapes the recognizers see in real text (camel-case
    /// model names, "Name-10k" datasets, "X-guided distillation (XGD)" style techniques), and are drawn with a
    /// Zipf-like preference for older names, so popular entities recur across many papers.
    /// </summary>
    private sealed class GrowingVocabulary(Dictionary<EntityKind, ImmutableArray<string>> seedNames, Random random)
    {
        private static readonly string[] Syllables = ["zor", "quan", "vel", "tri", "mor", "lux", "dra", "ken", "sil", "pha", "nov", "rix", "ta", "bel", "cor", "gem"];
        private static readonly string[] MethodSuffixes = ["Net", "Former", "Fusion", "GAN", "Diff", "Mix", "Seg", "Det", "BERT", "ViT"];
        private static readonly string[] TechniqueWords = ["guided", "aware", "adaptive", "sparse", "hierarchical", "contrastive", "progressive", "spectral"];
        private static readonly string[] TechniqueHeads = ["distillation", "augmentation", "regularization", "pruning", "merging", "fine-tuning", "quantization", "normalization"];
        private readonly Dictionary<EntityKind, List<string>> _invented = EntityKinds.Extracted.ToDictionary(kind => kind, _ => new List<string>());
        private int _size;

        public void GrowTo(int size)
        {
            while (_size < size)
            {
                var kind = EntityKinds.Extracted[_size % EntityKinds.Extracted.Length];
                _invented[kind].Add(Invent(kind, _invented[kind].Count));
                _size++;
            }
        }

        public string Pick(EntityKind kind, Random picker)
        {
            var invented = _invented[kind];
            var seeds = seedNames[kind];
            // Half the time a seed name (the long-standing vocabulary), otherwise an invented one, older ones likelier.
            if (invented.Count == 0 || picker.NextDouble() < 0.5)
            {
                return seeds.IsEmpty ? "ZorNet" : seeds[picker.Next(seeds.Length)];
            }
            var index = (int)(invented.Count * Math.Pow(picker.NextDouble(), 2.0));
            return invented[Math.Min(index, invented.Count - 1)];
        }

        private string Invent(EntityKind kind, int ordinal)
        {
            string Stem() => string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            var stem = Stem();
            var capital = char.ToUpperInvariant(stem[0]) + stem[1..];
            return kind switch
            {
                EntityKind.Method => capital + MethodSuffixes[ordinal % MethodSuffixes.Length] + (ordinal % 3 == 0 ? $"-{1 + ordinal % 9}" : ""),
                EntityKind.Dataset => $"{capital.ToUpperInvariant()}-{10 * (1 + ordinal % 50)}k",
                EntityKind.Technique => $"{stem}-{TechniqueWords[ordinal % TechniqueWords.Length]} {TechniqueHeads[(ordinal / 8) % TechniqueHeads.Length]}",
                _ => $"{stem} {(ordinal % 2 == 0 ? "image" : "text")} {TaskNouns[ordinal % TaskNouns.Length]}",
            };
        }

        private static readonly string[] TaskNouns = ["segmentation", "detection", "classification", "retrieval", "generation", "forecasting"];
    }
}
