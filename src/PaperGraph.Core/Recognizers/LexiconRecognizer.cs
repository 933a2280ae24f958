using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Recognizers;

/// <summary>Finds every curated technique, dataset, task and method name (longest match first).</summary>
public sealed class LexiconRecognizer : Recognizer
{
    public override string Id => "lexicon";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Technique, EntityKind.Dataset, EntityKind.Task, EntityKind.Method];

    public override void Recognize(RecognitionContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            var tokens = section.Tokens;
            var matches = context.LexiconMatches(section);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (matches[i] is not { } match)
                {
                    continue;
                }
                var span = Text.TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + match.TokenCount - 1].Span.End);
                foreach (var group in match.Entries.GroupBy(entry => entry.Kind))
                {
                    if (group.Key == EntityKind.Method)
                    {
                        // The most specific form the paper writes: "ResNet-32" rather than the family "ResNet".
                        var compoundEnd = NameShape.ExtendCompound(section, i + match.TokenCount - 1);
                        span = Text.TextSpan.FromBounds(span.Start, tokens[compoundEnd].Span.End);
                    }
                    var role = group.Key == EntityKind.Method ? ProposalCues.RoleAt(section, i, i + match.TokenCount - 1) : MethodRole.Used;
                    context.Report(group.Key, section.Field, span, CandidateStrength.Lexicon, group.ToImmutableArray(), role);
                }
                // Longest match first: "knowledge distillation" is not also "distillation".
                i += match.TokenCount - 1;
            }
        }
    }
}
