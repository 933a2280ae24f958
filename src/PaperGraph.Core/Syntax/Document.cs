using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>
/// The immutable, full-fidelity model of one paper: title and abstract as <see cref="SourceText"/>, each with its
/// tokens and sentences. Nothing of the text is dropped, so any span slices back to exactly what the paper wrote.
/// </summary>
internal sealed class Document
{
    private Document(Paper paper, DocumentSection title, DocumentSection abstractSection)
    {
        Paper = paper;
        Title = title;
        Abstract = abstractSection;
        Sentences = title.Sentences.AddRange(abstractSection.Sentences);
    }

    public Paper Paper { get; }
    public DocumentSection Title { get; }
    public DocumentSection Abstract { get; }

    /// <summary>All sentences: the title is sentence 0, then the abstract's.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    public IEnumerable<DocumentSection> Sections
    {
        get
        {
            yield return Title;
            yield return Abstract;
        }
    }

    public DocumentSection this[DocumentField field] => field == DocumentField.Title ? Title : Abstract;

    public string GetSentenceText(int index)
    {
        var sentence = Sentences[index];
        return this[sentence.Field].Text.ToString(sentence.Span);
    }

    public static Document Parse(Paper paper)
    {
        var title = ParseSection(DocumentField.Title, paper.Title, firstSentenceIndex: 0, splitSentences: false);
        var abstractSection = ParseSection(DocumentField.Abstract, paper.Abstract, firstSentenceIndex: 1, splitSentences: true);
        return new Document(paper, title, abstractSection);
    }

    private static DocumentSection ParseSection(DocumentField field, string text, int firstSentenceIndex, bool splitSentences)
    {
        var source = SourceText.From(text);
        var tokens = Tokenizer.Tokenize(text);
        var spans = splitSentences ? SentenceSplitter.Split(text) : [new TextSpan(0, text.Length)];
        var sentences = ImmutableArray.CreateBuilder<Sentence>(spans.Length);
        var tokenIndex = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            var span = spans[i];
            var first = tokenIndex;
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Span.Start < span.End)
            {
                tokenIndex++;
            }
            sentences.Add(new Sentence(firstSentenceIndex + i, field, span, first, tokenIndex - first));
        }
        return new DocumentSection(field, source, tokens, sentences.ToImmutable());
    }
}
