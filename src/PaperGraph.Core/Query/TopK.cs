namespace PaperGraph.Query;

/// <summary>The k best items of a sequence, best first, without sorting the whole sequence.</summary>
/// <remarks>A hub entity has tens of thousands of candidates and a query lists ten: a bounded heap is O(n log k).</remarks>
internal static class TopK
{
    /// <param name="items">The candidates, in any order.</param>
    /// <param name="k">How many to keep.</param>
    /// <param name="compare">Negative when the first item ranks before (is better than) the second; must be a total order.</param>
    public static List<T> Select<T>(IEnumerable<T> items, int k, Comparison<T> compare)
    {
        var result = new List<T>();
        if (k <= 0)
        {
            return result;
        }
        // The heap's root is the worst item kept, so a better newcomer replaces it.
        var kept = new PriorityQueue<T, T>(Comparer<T>.Create((a, b) => compare(b, a)));
        foreach (var item in items)
        {
            if (kept.Count < k)
            {
                kept.Enqueue(item, item);
            }
            else if (compare(item, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(item, item);
            }
        }
        while (kept.Count > 0)
        {
            result.Add(kept.Dequeue());
        }
        result.Reverse();
        return result;
    }
}
