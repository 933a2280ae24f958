using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Recognizers;

/// <summary>Decides whether a name at a token range is the paper's own contribution.</summary>
/// <remarks>
/// Proposed when: the title starts with the name and a colon ("MMFusion: …"); a proposal verb or "our" stands
/// right before it with only modifiers between ("we propose a novel context aggregation network"); it is followed by
/// "is proposed"; or it is an item of a "namely X, Y and Z" list in a sentence about the proposed method.
/// </remarks>
internal static class ProposalCues
{
    private const int MaxWalkBack = 8;
    private const int MaxListWalkBack = 40;

    public static MethodRole RoleAt(DocumentSection section, int first, int last) =>
        IsProposed(section, first, last) ? MethodRole.Proposed : MethodRole.Used;

    public static bool IsProposed(DocumentSection section, int first, int last)
    {
        if (section.Field == DocumentField.Title)
        {
            return IsTitleLead(section, first, last);
        }
        var sentence = section.SentenceOfToken(first);
        var sentenceStart = sentence.FirstToken;
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        return PrecededByProposal(section, first, sentenceStart)
            || FollowedByPassiveProposal(section, last, sentenceEnd)
            || InPartList(section, first, sentenceStart, sentenceEnd);
    }

    /// <summary>"Name: subtitle" titles introduce Name.</summary>
    public static bool IsTitleLead(DocumentSection section, int first, int last)
    {
        var tokens = section.Tokens;
        var colon = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (section.GetChars(tokens[i]) is ":")
            {
                colon = i;
                break;
            }
        }
        return colon > 0 && colon <= 5 && last < colon && first <= 1;
    }

    private static bool PrecededByProposal(DocumentSection section, int first, int sentenceStart)
    {
        var tokens = section.Tokens;
        for (var i = first - 1; i >= sentenceStart && first - i <= MaxWalkBack; i--)
        {
            var word = section.GetText(i);
            if (word.Equals("our", StringComparison.OrdinalIgnoreCase))
            {
                return first - i <= 3;
            }
            if (WordLists.ProposalVerbs.Contains(word))
            {
                return true;
            }
            if (WordLists.ProposalBreakers.Contains(word) || word is "." or ";" or ":")
            {
                return false;
            }
        }
        return false;
    }

    private static bool FollowedByPassiveProposal(DocumentSection section, int last, int sentenceEnd)
    {
        var tokens = section.Tokens;
        var i = last + 1;
        // Skip a parenthesised acronym: "network (CATNet) is proposed".
        if (i < sentenceEnd && section.GetChars(tokens[i]) is "(")
        {
            while (i < sentenceEnd && section.GetChars(tokens[i]) is not ")")
            {
                i++;
            }
            i++;
        }
        if (i + 1 < sentenceEnd && section.GetText(i) is "is" or "are" or "was" or "were")
        {
            var verb = section.GetText(i + 1);
            return verb is "proposed" or "introduced" or "presented" or "developed" or "designed" or "devised";
        }
        return false;
    }

    /// <summary>The token index of the "namely" / "consists of" cue that puts a name in a list of parts, or -1.</summary>
    internal static int PartListCueBefore(DocumentSection section, int first, int sentenceStart)
    {
        var tokens = section.Tokens;
        for (var i = first - 1; i >= sentenceStart && first - i <= MaxListWalkBack; i--)
        {
            if (WordLists.PartListCues.Contains(section.GetText(i)))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool InPartList(DocumentSection section, int first, int sentenceStart, int sentenceEnd)
    {
        var tokens = section.Tokens;
        if (PartListCueBefore(section, first, sentenceStart) < 0)
        {
            return false;
        }
        for (var i = sentenceStart; i < sentenceEnd; i++)
        {
            var word = section.GetText(i);
            if (word is "proposed" or "our" or "Our" or "propose" or "proposes")
            {
                return true;
            }
        }
        return false;
    }
}
