using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Learning;
using PaperGraph.Lexicon;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Extraction;

/// <summary>
/// The per-paper pipeline: text → document → acronym definitions → recognizers → binder.
/// </summary>
/// <remarks>A pure function of the paper and the lexicon, so papers can be extracted in any order and on any thread.</remarks>
internal sealed class Extractor
{
    /// <param name="lexicon">The curated names the lexicon recognizer looks for.</param>
    /// <param name="recognizers">The recognizers to run, in order; the registry's by default.</param>
    /// <param name="model">The trained tagger and decision stage; null extracts with the recognizers and binder rules alone.</param>
    public Extractor(EntityLexicon lexicon, ImmutableArray<Recognizer>? recognizers = null, ExtractionModel? model = null)
    {
        Lexicon = lexicon;
        Recognizers = recognizers ?? RecognizerRegistry.BuiltIn;
        Model = model;
    }

    public EntityLexicon Lexicon { get; }
    public ImmutableArray<Recognizer> Recognizers { get; }
    public ExtractionModel? Model { get; }

    public ExtractedPaper Extract(Paper paper)
    {
        var document = Document.Parse(paper);
        var acronyms = AcronymDetector.Detect(document);
        var context = new RecognitionContext(document, Lexicon, acronyms, Model);
        foreach (var recognizer in Recognizers)
        {
            context.CurrentRecognizerId = recognizer.Id;
            recognizer.Recognize(context);
        }
        var candidates = JunkFilter.Filter(document, context.Candidates);
        candidates = Model is null ? candidates : Model.Decide(context.Facts, candidates);
        var (entities, diagnostics) = Binder.Bind(document, acronyms, candidates);
        var sentences = document.Sentences.Select(sentence => document[sentence.Field].Text.ToString(sentence.Span)).ToImmutableArray();
        return new ExtractedPaper(paper, entities, sentences, diagnostics) { Relations = StatedRelations.Find(document, entities) };
    }
}
