using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Lexicon;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Extraction;

/// <summary>
/// The per-paper pipeline: text → document → acronym definitions → recognizers → binder.
/// </summary>
/// <remarks>A pure function of the paper and the lexicon, so papers can be extracted in any order and on any thread.</remarks>
public sealed class Extractor
{
    public Extractor(EntityLexicon lexicon, ImmutableArray<Recognizer>? recognizers = null)
    {
        Lexicon = lexicon;
        Recognizers = recognizers ?? RecognizerRegistry.BuiltIn;
    }

    public EntityLexicon Lexicon { get; }
    public ImmutableArray<Recognizer> Recognizers { get; }

    public ExtractedPaper Extract(Paper paper)
    {
        var document = Document.Parse(paper);
        var acronyms = AcronymDetector.Detect(document);
        var context = new RecognitionContext(document, Lexicon, acronyms);
        foreach (var recognizer in Recognizers)
        {
            context.CurrentRecognizerId = recognizer.Id;
            recognizer.Recognize(context);
        }
        var (entities, diagnostics) = Binder.Bind(document, acronyms, context.Candidates);
        var sentences = document.Sentences.Select(sentence => document[sentence.Field].Text.ToString(sentence.Span)).ToImmutableArray();
        return new ExtractedPaper(paper, entities, sentences, diagnostics) { Relations = StatedRelations.Find(document, entities) };
    }
}
