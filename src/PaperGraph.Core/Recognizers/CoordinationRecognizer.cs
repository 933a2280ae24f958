using System.Collections.Immutable;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>
/// Expands coordinated modifiers of one head noun: "image and video deblurring" names "image deblurring" too, and
/// "edge, corner and blob detection" names "edge detection" and "corner detection". The last member ("video
/// deblurring") is an ordinary phrase the head-phrase recognizer already proposes; each earlier member becomes a
/// candidate over its own word with the expanded name. Only for the trained decision stage.
/// </summary>
internal sealed class CoordinationRecognizer : Recognizer
{
    private const int MaxMembers = 4;

    public override string Id => "coordination";
    public override ImmutableArray<EntityKind> Kinds { get; } = [EntityKind.Task, EntityKind.Technique];

    public override void Recognize(RecognitionContext context)
    {
        if (!context.IsDecided)
        {
            return;
        }
        foreach (var section in context.Document.Sections)
        {
            var tokens = section.Tokens;
            for (var conjunction = 1; conjunction + 2 < tokens.Length; conjunction++)
            {
                if (section.GetText(conjunction) is not ("and" or "or") || !IsPlainWord(section, conjunction + 1))
                {
                    continue;
                }
                // "A and B H": B is one word, H a task or technique head right after it.
                var head = conjunction + 2;
                if (!IsPlainWord(section, head))
                {
                    continue;
                }
                var headWord = section.GetText(head);
                if (WordLists.KindOfHead(headWord) is not { } kind)
                {
                    continue;
                }
                // Walk back over "A" and any ", A2" before it.
                var member = conjunction - 1;
                if (member >= 0 && section.GetText(member) == ",")
                {
                    member--;
                }
                // Members are ordinary lower-case modifiers ("image and video"), not names ("LoRA and prompt tuning").
                for (var members = 0; members < MaxMembers && member >= 0 && IsPlainWord(section, member) && IsLowerCase(section.GetText(member)); members++)
                {
                    var name = $"{section.GetText(member)} {headWord}";
                    context.Report(kind, section.Field, NameShape.SpanOf(section, member, member), CandidateStrength.Weak, name: name);
                    if (member - 2 < 0 || section.GetText(member - 1) != ",")
                    {
                        break;
                    }
                    member -= 2;
                }
            }
        }
    }

    private static bool IsLowerCase(string word) => word.All(char.IsLower);

    /// <summary>A word on its own: letters, not joined to its neighbours, not a function word.</summary>
    private static bool IsPlainWord(DocumentSection section, int i)
    {
        var tokens = section.Tokens;
        return tokens[i].Kind == TokenKind.Word
            && !tokens[i].IsJoinedToPrevious
            && !(i + 1 < tokens.Length && tokens[i + 1].IsJoinedToPrevious && tokens[i + 1].IsWordLike)
            && section.GetText(i) is not ("and" or "or" or "the" or "a" or "an" or "of" or "for" or "in" or "on" or "to" or "with" or "both" or "either");
    }
}
