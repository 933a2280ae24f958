using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>
/// The decision stage's features of one candidate span in context: which recognizers proposed it and as what, its
/// words and shape, the cue words around it, where in the paper it stands, how often the paper writes it, and
/// whether the paper defines it as an acronym.
/// </summary>
internal static class CandidateFeatures
{
    private const ulong Bias = 101, Recognizer = 102, RecognizerAlone = 103, RecognizerCount = 104, Text = 105, Head = 106,
        FirstWord = 107, SpanShape = 108, Length = 109, Previous = 110, SecondPrevious = 111, Next = 112, SecondNext = 113,
        PreviousBigram = 114, InTitle = 115, TitleLead = 116, FirstSentence = 117, LastSentence = 118, Occurrences = 119,
        Definition = 120, DefinedShortForm = 121, InTitleText = 122, GenericLexicon = 123, Nested = 124, ContainsOther = 125,
        AfterProposal = 126, HeadLabel = 127, NextBigram = 128, LabelShape = 129, Parenthesised = 130, FollowedByParenthesis = 131, NextHead = 132, PreviousHead = 133, TitleLeadName = 134, TitleLeadHead = 135, HeadSuffix = 136, FirstPrefix = 137, TaggerScore = 138, TaggerBest = 139;

    public const int MaxFeatures = 96;

    public static int Extract(DocumentFacts document, CandidateGroup group, Span<ulong> features)
    {
        var section = document[group.Field];
        var lower = section.Lower;
        var count = lower.Length;
        var boundary = TokenFeatures.BoundaryHash;
        ulong At(int index) => index >= 0 && index < count ? lower[index] : boundary;
        var first = group.FirstToken;
        var last = group.LastToken;
        var shape = SpanShapeOf(section, first, last);
        var n = 0;
        features[n++] = FeatureHash.Combine(Bias, 0);
        foreach (var candidate in group.Candidates)
        {
            if (n + 4 > MaxFeatures - 40)
            {
                break;
            }
            var recognizer = FeatureHash.Of(candidate.RecognizerId);
            var label = (ulong)EntityLabels.From(candidate.Kind, candidate.Role);
            features[n++] = FeatureHash.Combine(Recognizer, recognizer, label);
            features[n++] = FeatureHash.Combine(RecognizerAlone, recognizer);
            features[n++] = FeatureHash.Combine(HeadLabel, lower[last], label);
            features[n++] = FeatureHash.Combine(LabelShape, label, shape);
            foreach (var entry in candidate.Entries)
            {
                if (entry.IsGeneric)
                {
                    features[n++] = FeatureHash.Combine(GenericLexicon, label);
                    break;
                }
            }
        }
        features[n++] = FeatureHash.Combine(RecognizerCount, (ulong)Math.Min(group.Candidates.Count, 4));
        features[n++] = FeatureHash.Combine(Text, FeatureHash.OfLower(group.Text));
        features[n++] = FeatureHash.Combine(Head, lower[last]);
        features[n++] = FeatureHash.Combine(FirstWord, lower[first]);
        features[n++] = FeatureHash.Combine(HeadSuffix, section.Suffix[last]);
        features[n++] = FeatureHash.Combine(FirstPrefix, section.Prefix[first]);
        features[n++] = FeatureHash.Combine(SpanShape, shape);
        features[n++] = FeatureHash.Combine(Length, (ulong)Math.Min(last - first + 1, 6));
        features[n++] = FeatureHash.Combine(Previous, At(first - 1));
        features[n++] = FeatureHash.Combine(SecondPrevious, At(first - 2));
        features[n++] = FeatureHash.Combine(PreviousBigram, At(first - 2), At(first - 1));
        features[n++] = FeatureHash.Combine(Next, At(last + 1));
        features[n++] = FeatureHash.Combine(SecondNext, At(last + 2));
        features[n++] = FeatureHash.Combine(NextBigram, At(last + 1), At(last + 2));
        var text = section.Section.Text;
        if (first > 0 && text.AsSpan(section.Section.Tokens[first - 1].Span) is "(")
        {
            features[n++] = FeatureHash.Combine(Parenthesised, 0);
        }
        if (last + 1 < count && text.AsSpan(section.Section.Tokens[last + 1].Span) is "(")
        {
            features[n++] = FeatureHash.Combine(FollowedByParenthesis, 0);
        }
        if (group.Field == DocumentField.Title)
        {
            features[n++] = FeatureHash.Combine(InTitle, shape);
            if (first <= 1 && IsBeforeColon(section, last))
            {
                features[n++] = FeatureHash.Combine(TitleLead, 0);
            }
        }
        else
        {
            var sentence = section.Section.SentenceOfToken(first);
            if (sentence.Index == 1)
            {
                features[n++] = FeatureHash.Combine(FirstSentence, 0);
            }
            if (sentence.Index == document.Document.Sentences.Length - 1)
            {
                features[n++] = FeatureHash.Combine(LastSentence, 0);
            }
            if (document.Document.Title.Text.Text.Contains(group.Text, StringComparison.OrdinalIgnoreCase))
            {
                features[n++] = FeatureHash.Combine(InTitleText, shape);
            }
        }
        if (last + 1 < count && section.NextHead[last] != 0)
        {
            features[n++] = FeatureHash.Combine(NextHead, section.NextHead[last]);
        }
        if (section.PreviousHead[first] != 0)
        {
            features[n++] = FeatureHash.Combine(PreviousHead, section.PreviousHead[first]);
        }
        if (document.TitleLead != 0 && FeatureHash.OfLower(group.Text) == document.TitleLead)
        {
            features[n++] = FeatureHash.Combine(TitleLeadName, group.Field == DocumentField.Title ? 1UL : 2UL);
            foreach (var head in document.TitleHeads)
            {
                if (n + 12 > MaxFeatures)
                {
                    break;
                }
                features[n++] = FeatureHash.Combine(TitleLeadHead, head);
            }
        }
        if (section.TagScores is { } tagScores)
        {
            // How strongly the tagger reads the whole span as each kind, against reading it as outside any entity.
            var bestLabel = 0;
            var bestScore = float.NegativeInfinity;
            for (var label = 1; label <= EntityLabels.EntityCount; label++)
            {
                var score = 0f;
                for (var i = first; i <= last; i++)
                {
                    var tag = i == first ? TagScheme.Begin((EntityLabel)label) : TagScheme.Inside((EntityLabel)label);
                    score += tagScores[i * TagScheme.Count + tag] - tagScores[i * TagScheme.Count + TagScheme.Outside];
                }
                if (last + 1 < count)
                {
                    // A span the tagger would continue past is cut short.
                    var after = (last + 1) * TagScheme.Count;
                    score -= Math.Max(0, tagScores[after + TagScheme.Inside((EntityLabel)label)] - tagScores[after + TagScheme.Outside]);
                }
                features[n++] = FeatureHash.Combine(TaggerScore, (ulong)label, Bucket(score));
                if (score > bestScore)
                {
                    bestScore = score;
                    bestLabel = label;
                }
            }
            features[n++] = FeatureHash.Combine(TaggerBest, (ulong)bestLabel, Bucket(bestScore));
        }
        features[n++] = FeatureHash.Combine(Occurrences, (ulong)CountOccurrences(document, group.Text));
        if (section.Definition[first] != 0)
        {
            features[n++] = FeatureHash.Combine(Definition, section.Definition[first], section.Definition[last]);
        }
        if (document.DefinedShortForms.Contains(FeatureHash.Of(group.Text)))
        {
            features[n++] = FeatureHash.Combine(DefinedShortForm, 0);
        }
        if (group.IsNested)
        {
            features[n++] = FeatureHash.Combine(Nested, 0);
        }
        if (group.ContainsOther)
        {
            features[n++] = FeatureHash.Combine(ContainsOther, 0);
        }
        if (section.ProposalDistance[first] > 0)
        {
            features[n++] = FeatureHash.Combine(AfterProposal, (ulong)section.ProposalDistance[first]);
        }
        return n;
    }

    /// <summary>A score as a signed order of magnitude: ..., -2, -1, 0, 1, 2, ... (log2 buckets, clamped).</summary>
    private static ulong Bucket(float score)
    {
        var magnitude = (int)Math.Min(8, Math.Floor(Math.Log2(1 + Math.Abs(score))));
        return (ulong)(score < 0 ? 16 + magnitude : magnitude);
    }

    private static bool IsBeforeColon(SectionFacts section, int last)
    {
        var tokens = section.Section.Tokens;
        for (var i = last + 1; i < tokens.Length && i <= last + 3; i++)
        {
            if (section.Section.GetChars(tokens[i]) is ":")
            {
                return true;
            }
        }
        return false;
    }

    private const int MostOccurrences = 4;

    /// <summary>
    /// How often the text occurs in the paper, counted up to <see cref="MostOccurrences"/> (all the feature tells apart)
    /// and once per distinct text: a scan of the whole paper per candidate made a huge abstract quadratic.
    /// </summary>
    private static int CountOccurrences(DocumentFacts document, string text)
    {
        if (document.OccurrenceCounts.TryGetValue(text, out var known))
        {
            return known;
        }
        var total = 0;
        foreach (var section in document.Document.Sections)
        {
            var haystack = section.Text.Text;
            var at = 0;
            while (total < MostOccurrences && (at = haystack.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
            {
                total++;
                at += text.Length;
            }
        }
        document.OccurrenceCounts[text] = total;
        return total;
    }

    /// <summary>The shape of a span's tokens joined ("X-d" for "CIFAR-10", "x x" for two lower-case words).</summary>
    private static ulong SpanShapeOf(SectionFacts section, int first, int last)
    {
        var hash = 14695981039346656037UL;
        var tokens = section.Section.Tokens;
        for (var i = first; i <= last && i - first < 6; i++)
        {
            if (i > first && !tokens[i].IsJoinedToPrevious)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
            }
            hash = (hash ^ section.Shape[i]) * 1099511628211UL;
        }
        return hash;
    }
}
