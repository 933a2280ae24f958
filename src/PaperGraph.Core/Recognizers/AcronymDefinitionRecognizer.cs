using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Types the paper's own acronym definitions ("context aggregation network (CATNet)") by the head noun of the long
/// form, so names no lexicon lists still become methods, tasks or techniques.
/// </summary>
internal sealed class AcronymDefinitionRecognizer : Recognizer
{
    public override string Id => "acronym";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Method, EntityKind.Task, EntityKind.Technique];

    public override void Recognize(RecognitionContext context)
    {
        foreach (var definition in context.Acronyms)
        {
            var section = context.Document[definition.Field];
            var longTokens = TokensIn(section, definition.LongSpan);
            if (longTokens.Count == 0)
            {
                continue;
            }
            var head = section.GetText(longTokens[^1]);
            EntityKind? kind = null;
            if (WordLists.TaskHeads.Contains(head))
            {
                kind = EntityKind.Task;
            }
            else if (WordLists.TechniqueHeads.Contains(head))
            {
                kind = EntityKind.Technique;
            }
            else if (WordLists.MethodHeads.Contains(head) || NameShape.IsDistinctive(definition.ShortForm))
            {
                kind = EntityKind.Method;
            }
            if (kind is null && ProposalCues.IsProposed(section, longTokens[0], longTokens[^1]))
            {
                // "we propose Adjustable Probabilistic Reconstruction Error (APRE)": whatever its head noun, a
                // contribution the paper names with its own acronym is a named method.
                kind = EntityKind.Method;
            }
            if (kind == EntityKind.Method && (WordLists.NotMethodNames.Contains(definition.ShortForm) || WordLists.IsMetricLike(definition.ShortForm)))
            {
                // "deep neural networks (DNNs)": a model class, not a named method.
                kind = null;
            }
            if (kind is not { } entityKind)
            {
                continue;
            }
            var role = entityKind == EntityKind.Method
                ? ProposalCues.RoleAt(section, longTokens[0], longTokens[^1])
                : MethodRole.Used;
            context.Report(entityKind, definition.Field, definition.LongSpan, CandidateStrength.Pattern, role: role);
            context.Report(entityKind, definition.Field, definition.ShortSpan, CandidateStrength.Pattern, role: role);
        }
    }

    /// <summary>The word-like tokens inside a span.</summary>
    /// <remarks>A token inside starts at or after the span's start: the search starts there, not at the first token, so a paper with a definition every few words stays linear.</remarks>
    private static List<int> TokensIn(DocumentSection section, Text.TextSpan span)
    {
        var result = new List<int>();
        for (var i = section.FirstTokenStartingAtOrAfter(span.Start); i < section.Tokens.Length; i++)
        {
            var token = section.Tokens[i];
            if (token.Span.Start >= span.End)
            {
                break;
            }
            if (span.Contains(token.Span) && token.IsWordLike)
            {
                result.Add(i);
            }
        }
        return result;
    }
}
