namespace PaperGraph.Learning;

/// <summary>
/// The tagger's features of one token in context: the word and its neighbours, shape and affixes, the title, the
/// paper's acronym definitions, proposal cues, and the candidates other recognizers put over it.
/// </summary>
/// <remarks>
/// Recognizer candidates are features, not decisions: the tagger learns from the annotated papers when a lexicon hit
/// or a pattern is right, and can still mark a name that no recognizer proposed.
/// </remarks>
internal static class TokenFeatures
{
    private const ulong Bias = 1, Word = 2, PreviousWord = 3, NextWord = 4, SecondPrevious = 5, SecondNext = 6,
        PreviousBigram = 7, NextBigram = 8, Shape = 9, PreviousShape = 10, NextShape = 11, Prefix = 12, Suffix = 13,
        InTitle = 14, SentenceStart = 15, Candidate = 16, CandidateLabel = 17, GenericLexicon = 18, Definition = 19,
        WordInTitle = 20, WordCount = 21, LeftWindow = 22, RightWindow = 23, ExactWord = 24, PreviousWordShape = 25,
        NextWordShape = 26, AfterProposal = 27, DefinedShortForm = 28, Joined = 29, NoCandidate = 30, NextHead = 31, PreviousHead = 32, TitleHead = 33;

    private static readonly ulong Boundary = FeatureHash.Of("<boundary>");

    /// <summary>Writes the features of token <paramref name="i"/> to <paramref name="features"/>; returns how many.</summary>
    /// <param name="document">The paper's facts.</param>
    /// <param name="section">The section's facts.</param>
    /// <param name="i">The token.</param>
    /// <param name="features">Where the features go.</param>
    /// <param name="withWordTypeFeatures">
    /// False leaves out the features that depend on one neighbouring word type alone (<see cref="WordTypeRole"/>), which
    /// the tagger adds from its per-type cache instead.
    /// </param>
    public static int Extract(DocumentFacts document, SectionFacts section, int i, Span<ulong> features, bool withWordTypeFeatures = true)
    {
        var n = 0;
        var lower = section.Lower;
        var count = lower.Length;
        ulong At(ulong[] values, int index) => index >= 0 && index < count ? values[index] : Boundary;

        var word = lower[i];
        var previous = At(lower, i - 1);
        var next = At(lower, i + 1);
        if (withWordTypeFeatures)
        {
            features[n++] = FeatureHash.Combine(Bias, 0);
            features[n++] = FeatureHash.Combine(Word, word);
            features[n++] = FeatureHash.Combine(ExactWord, section.Exact[i]);
            features[n++] = FeatureHash.Combine(PreviousWord, previous);
            features[n++] = FeatureHash.Combine(NextWord, next);
            features[n++] = FeatureHash.Combine(SecondPrevious, At(lower, i - 2));
            features[n++] = FeatureHash.Combine(SecondNext, At(lower, i + 2));
        }
        features[n++] = FeatureHash.Combine(PreviousBigram, previous, word);
        features[n++] = FeatureHash.Combine(NextBigram, word, next);
        var shape = section.Shape[i];
        if (withWordTypeFeatures)
        {
            features[n++] = FeatureHash.Combine(Shape, shape);
            features[n++] = FeatureHash.Combine(PreviousShape, At(section.Shape, i - 1));
            features[n++] = FeatureHash.Combine(NextShape, At(section.Shape, i + 1));
        }
        features[n++] = FeatureHash.Combine(PreviousWordShape, previous, shape);
        features[n++] = FeatureHash.Combine(NextWordShape, next, shape);
        if (withWordTypeFeatures)
        {
            features[n++] = FeatureHash.Combine(Prefix, section.Prefix[i]);
            features[n++] = FeatureHash.Combine(Suffix, section.Suffix[i]);
        }
        var tokens = section.Section.Tokens;
        var joined = (tokens[i].IsJoinedToPrevious ? 1UL : 0UL) | (i + 1 < count && tokens[i + 1].IsJoinedToPrevious ? 2UL : 0UL);
        features[n++] = FeatureHash.Combine(Joined, joined);
        if (section.Section.Field == Syntax.DocumentField.Title)
        {
            features[n++] = FeatureHash.Combine(InTitle, shape);
        }
        else if (document.TitleWords.Contains(word))
        {
            features[n++] = FeatureHash.Combine(WordInTitle, shape);
        }
        if (section.Section.SentenceOfToken(i).FirstToken == i)
        {
            features[n++] = FeatureHash.Combine(SentenceStart, 0);
        }
        var occurrences = document.WordCounts.GetValueOrDefault(word);
        features[n++] = FeatureHash.Combine(WordCount, (ulong)Math.Min(occurrences, 4), shape);
        for (var d = 3; d <= 5 && withWordTypeFeatures; d++)
        {
            if (i - d >= 0)
            {
                features[n++] = FeatureHash.Combine(LeftWindow, lower[i - d]);
            }
        }
        for (var d = 3; d <= 4 && withWordTypeFeatures; d++)
        {
            if (i + d < count)
            {
                features[n++] = FeatureHash.Combine(RightWindow, lower[i + d]);
            }
        }
        if (section.NextHead[i] != 0)
        {
            features[n++] = FeatureHash.Combine(NextHead, section.NextHead[i], shape);
        }
        if (section.PreviousHead[i] != 0)
        {
            features[n++] = FeatureHash.Combine(PreviousHead, section.PreviousHead[i]);
        }
        if (section.Section.Field == Syntax.DocumentField.Title || document.TitleWords.Contains(word))
        {
            foreach (var head in document.TitleHeads)
            {
                if (n + 8 > features.Length)
                {
                    break;
                }
                features[n++] = FeatureHash.Combine(TitleHead, head, shape);
            }
        }
        if (section.ProposalDistance[i] > 0)
        {
            features[n++] = FeatureHash.Combine(AfterProposal, (ulong)section.ProposalDistance[i], shape);
        }
        if (section.Definition[i] != 0)
        {
            features[n++] = FeatureHash.Combine(Definition, section.Definition[i]);
        }
        else if (document.DefinedShortForms.Contains(section.Exact[i]))
        {
            features[n++] = FeatureHash.Combine(DefinedShortForm, 0);
        }
        if (section.Coverage[i] is { } coverage)
        {
            foreach (var candidate in coverage)
            {
                if (n + 3 > features.Length)
                {
                    break;
                }
                features[n++] = FeatureHash.Combine(Candidate, candidate.Recognizer, (candidate.Label << 4) | candidate.Position);
                features[n++] = FeatureHash.Combine(CandidateLabel, candidate.Label, candidate.Position);
                if (candidate.Generic)
                {
                    features[n++] = FeatureHash.Combine(GenericLexicon, candidate.Position);
                }
            }
        }
        else
        {
            features[n++] = FeatureHash.Combine(NoCandidate, shape);
        }
        return n;
    }

    /// <summary>
    /// The features a word type contributes to a token in one role: as the token itself (with the bias), as its previous,
    /// next, second previous or second next word, or inside its left or right window. <paramref name="lower"/> etc. are
    /// <see cref="Boundary"/> for a position outside the section.
    /// </summary>
    public static int WordTypeFeatures(WordTypeRole role, ulong lower, ulong exact, ulong shape, ulong prefix, ulong suffix, Span<ulong> features)
    {
        var n = 0;
        switch (role)
        {
            case WordTypeRole.Self:
                features[n++] = FeatureHash.Combine(Bias, 0);
                features[n++] = FeatureHash.Combine(Word, lower);
                features[n++] = FeatureHash.Combine(ExactWord, exact);
                features[n++] = FeatureHash.Combine(Shape, shape);
                features[n++] = FeatureHash.Combine(Prefix, prefix);
                features[n++] = FeatureHash.Combine(Suffix, suffix);
                break;
            case WordTypeRole.Previous:
                features[n++] = FeatureHash.Combine(PreviousWord, lower);
                features[n++] = FeatureHash.Combine(PreviousShape, shape);
                break;
            case WordTypeRole.Next:
                features[n++] = FeatureHash.Combine(NextWord, lower);
                features[n++] = FeatureHash.Combine(NextShape, shape);
                break;
            case WordTypeRole.SecondPrevious:
                features[n++] = FeatureHash.Combine(SecondPrevious, lower);
                break;
            case WordTypeRole.SecondNext:
                features[n++] = FeatureHash.Combine(SecondNext, lower);
                break;
            case WordTypeRole.LeftWindow:
                features[n++] = FeatureHash.Combine(LeftWindow, lower);
                break;
            case WordTypeRole.RightWindow:
                features[n++] = FeatureHash.Combine(RightWindow, lower);
                break;
        }
        return n;
    }

    /// <summary>The hash that stands for a word outside the section.</summary>
    public static ulong BoundaryHash => Boundary;

    /// <summary>Room for the features of one token.</summary>
    public const int MaxPerToken = 64;
}

/// <summary>The places a neighbouring word type's features apply from (see <see cref="TokenFeatures.WordTypeFeatures"/>).</summary>
internal enum WordTypeRole
{
    Self,
    Previous,
    Next,
    SecondPrevious,
    SecondNext,
    LeftWindow,
    RightWindow,
}
