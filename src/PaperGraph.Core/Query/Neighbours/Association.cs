namespace PaperGraph.Query.Neighbours;

/// <summary>How strongly two entities go together, from paper counts: the co-occurrence edge's PMI and these.</summary>
public static class Association
{
    /// <summary>Papers with both over papers with either: |A ∩ B| / |A ∪ B|.</summary>
    public static double Jaccard(int together, int countA, int countB)
    {
        var either = countA + countB - together;
        return either <= 0 ? 0 : (double)together / either;
    }

    /// <summary>
    /// Local mutual information: papers in common × PMI. PMI alone ranks a pair seen once in a small corpus above a pair
    /// seen in ten papers; weighting by the papers keeps both rarity and support.
    /// </summary>
    public static double LocalMutualInformation(int together, double pmi) => together * pmi;
}
