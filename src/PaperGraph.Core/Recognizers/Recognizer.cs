using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Recognizers;

/// <summary>
/// The extension point: one class per recognizer, with an id, the kinds it finds and one method over the document.
/// Register new ones in <see cref="RecognizerRegistry"/>.
/// </summary>
/// <remarks>Recognizers must be pure: the same document and lexicon give the same candidates, on any thread.</remarks>
internal abstract class Recognizer
{
    public abstract string Id { get; }
    public abstract ImmutableArray<EntityKind> Kinds { get; }
    public abstract void Recognize(RecognitionContext context);
}
