using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperGraph.Learning;

/// <summary>Element-wise sums of score rows (a few floats per class), eight classes at a time where the CPU can.</summary>
/// <remarks>
/// Each element is one IEEE addition, as in a loop over the classes, so the sums are bit for bit those of the loop:
/// vectorising changes no score and no tag. The tagger adds a dozen such rows per token.
/// </remarks>
internal static class ScoreRows
{
    /// <summary>Adds <paramref name="source"/> to the first elements of <paramref name="target"/>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(Span<float> target, ReadOnlySpan<float> source)
    {
        if (target.Length < source.Length)
        {
            throw new ArgumentException("A score row is longer than the row it is added to.", nameof(source));
        }
        var length = source.Length;
        ref var to = ref MemoryMarshal.GetReference(target);
        ref var from = ref MemoryMarshal.GetReference(source);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<float>.Count <= length; i += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref to, (nuint)i) + Vector256.LoadUnsafe(ref from, (nuint)i)).StoreUnsafe(ref to, (nuint)i);
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<float>.Count <= length; i += Vector128<float>.Count)
            {
                (Vector128.LoadUnsafe(ref to, (nuint)i) + Vector128.LoadUnsafe(ref from, (nuint)i)).StoreUnsafe(ref to, (nuint)i);
            }
        }
        for (; i < length; i++)
        {
            Unsafe.Add(ref to, i) += Unsafe.Add(ref from, i);
        }
    }
}
