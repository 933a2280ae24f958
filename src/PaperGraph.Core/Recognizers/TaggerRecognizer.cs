using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Recognizers;

/// <summary>
/// Names no list holds, found by the trained sequence tagger (<see cref="Learning.ExtractionModel"/>) from the words,
/// shapes and cues around them and from what the other recognizers proposed; does nothing without a model.
/// </summary>
/// <remarks>Registered last: it reads the candidates of the recognizers before it as features.</remarks>
internal sealed class TaggerRecognizer : Recognizer
{
    public const string RecognizerId = "tagger";

    public override string Id => RecognizerId;
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Method, EntityKind.Dataset, EntityKind.Technique, EntityKind.Task];

    public override void Recognize(RecognitionContext context)
    {
        if (context.Model is not { } model)
        {
            return;
        }
        var facts = context.Facts;
        foreach (var section in context.Document.Sections)
        {
            foreach (var (first, last, label) in model.TagSection(facts, section.Field))
            {
                var span = NameShape.SpanOf(section, first, last);
                context.Report(Learning.EntityLabels.Kind(label), section.Field, span, CandidateStrength.Pattern, role: Learning.EntityLabels.Role(label));
            }
        }
    }
}
