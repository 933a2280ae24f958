using System.Collections.Immutable;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Runs one recognizer over an abstract written in span markup and returns what it reported.</summary>
internal static class RecognizerHarness
{
    public static (TextSpan[] Expected, ImmutableArray<EntityCandidate> Reported, string Text) Run(
        Recognizer recognizer, string abstractMarkup, string title = "A Title", EntityLexicon? lexicon = null)
    {
        var (text, expected) = Markup.Parse(abstractMarkup);
        var document = Document.Parse(Papers.Make(title, text));
        var context = new RecognitionContext(document, lexicon ?? LexiconLoader.BuiltIn, AcronymDetector.Detect(document));
        recognizer.Recognize(context);
        return ([.. expected], context.Candidates, text);
    }

    /// <summary>The abstract spans reported for one kind, in order, without repeats.</summary>
    public static TextSpan[] SpansOf(ImmutableArray<EntityCandidate> candidates, EntityKind kind) =>
        candidates.Where(candidate => candidate.Kind == kind && candidate.Field == DocumentField.Abstract)
            .Select(candidate => candidate.Span).Distinct().OrderBy(span => span.Start).ToArray();
}
