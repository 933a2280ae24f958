using System.Collections.Immutable;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Recognizers;

/// <summary>Finds every curated technique, dataset, task and method name (longest match first).</summary>
internal sealed class LexiconRecognizer : Recognizer
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
                foreach (var (kind, entries) in ByKind(match.Entries))
                {
                    if (kind == EntityKind.Method)
                    {
                        // The most specific form the paper writes: "ResNet-32" rather than the family "ResNet".
                        var compoundEnd = NameShape.ExtendCompound(section, i + match.TokenCount - 1);
                        span = Text.TextSpan.FromBounds(span.Start, tokens[compoundEnd].Span.End);
                    }
                    var role = kind == EntityKind.Method ? ProposalCues.RoleAt(section, i, i + match.TokenCount - 1) : MethodRole.Used;
                    context.Report(kind, section.Field, span, CandidateStrength.Lexicon, entries, role);
                }
                // Longest match first: "knowledge distillation" is not also "distillation".
                i += match.TokenCount - 1;
            }
        }
    }

    /// <summary>The entries of each kind, kinds in order of first appearance; almost every match has one kind, handed out as is.</summary>
    private static IEnumerable<(EntityKind Kind, ImmutableArray<LexiconEntry> Entries)> ByKind(ImmutableArray<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Kind != entries[0].Kind)
            {
                return entries.GroupBy(entry => entry.Kind).Select(group => (group.Key, group.ToImmutableArray()));
            }
        }
        return [(entries[0].Kind, entries)];
    }
}
