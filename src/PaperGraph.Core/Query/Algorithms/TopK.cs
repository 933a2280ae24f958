namespace PaperGraph.Query.Algorithms;

/// <summary>The k best items offered, kept in a bounded heap: O(n log k) instead of sorting all n.</summary>
/// <remarks>A hub entity has tens of thousands of candidates and a query lists ten.</remarks>
/// <param name="k">How many to keep.</param>
/// <param name="compare">Negative when the first item ranks before (is better than) the second; must be a total order.</param>
internal sealed class TopK<T>(int k, Comparison<T> compare)
{
    // The heap's root is the worst item kept, so a better newcomer replaces it.
    private readonly PriorityQueue<T, T> _kept = new(Comparer<T>.Create((a, b) => compare(b, a)));

    /// <summary>True once k items are kept: from then on only better items get in.</summary>
    public bool IsFull => _kept.Count >= k;

    /// <summary>The worst item kept; only meaningful when <see cref="IsFull"/>.</summary>
    public T Worst => _kept.Peek();

    public void Offer(T item)
    {
        if (k <= 0)
        {
            return;
        }
        if (_kept.Count < k)
        {
            _kept.Enqueue(item, item);
        }
        else if (compare(item, _kept.Peek()) < 0)
        {
            _kept.DequeueEnqueue(item, item);
        }
    }

    /// <summary>The kept items, best first; the heap is empty afterwards.</summary>
    public List<T> TakeBestFirst()
    {
        var result = new List<T>(_kept.Count);
        while (_kept.Count > 0)
        {
            result.Add(_kept.Dequeue());
        }
        result.Reverse();
        return result;
    }
}

/// <summary>Shorthand for taking the k best of a sequence.</summary>
internal static class TopK
{
    public static List<T> Select<T>(IEnumerable<T> items, int k, Comparison<T> compare)
    {
        var best = new TopK<T>(k, compare);
        foreach (var item in items)
        {
            best.Offer(item);
        }
        return best.TakeBestFirst();
    }
}
