using System.Globalization;
using System.Runtime.InteropServices;
using PaperGraph.Graph.Storage;

namespace PaperGraph.Tests.Graph.Storage;

public sealed class HugePagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(3_000_000)]
    public void An_array_of_any_size_has_the_length_asked_for_and_keeps_what_is_written(int count)
    {
        var values = HugePages.AllocateUninitialized<int>(count);
        for (var i = 0; i < count; i++)
        {
            values[i] = i ^ 0x5A5A;
        }

        Assert.Equal(count, values.Length);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i ^ 0x5A5A, values[i]);
        }
    }

    [LinuxTransparentHugePagesFact]
    public void A_large_array_lies_in_memory_advised_for_huge_pages()
    {
        // 16 MB: its interior holds several whole 2 MB pages, whatever its alignment.
        var values = HugePages.AllocateUninitialized<long>(2 << 20);
        var middle = AddressOf(values, values.Length / 2);

        var flags = VmFlagsOfMappingHolding(middle);

        Assert.Contains("hg", flags);
        GC.KeepAlive(values);
    }

    [LinuxTransparentHugePagesFact]
    public void A_small_array_is_left_to_ordinary_pages()
    {
        // Advising a small array would split the heap's mapping for nothing: its neighbours are not ours to advise.
        var values = HugePages.AllocateUninitialized<byte>(64 << 10);

        var flags = VmFlagsOfMappingHolding(AddressOf(values, values.Length / 2));

        Assert.DoesNotContain("hg", flags);
        GC.KeepAlive(values);
    }

    private static unsafe ulong AddressOf<T>(T[] values, int index) where T : unmanaged
    {
        fixed (T* start = values)
        {
            return (ulong)(start + index);
        }
    }

    /// <summary>The VmFlags of the mapping in /proc/self/smaps that holds <paramref name="address"/> ("hg" is MADV_HUGEPAGE).</summary>
    private static string[] VmFlagsOfMappingHolding(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-');
            if (dash > 0 && line.IndexOf(' ') > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var from))
            {
                var to = ulong.Parse(line.AsSpan(dash + 1, line.IndexOf(' ') - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = address >= from && address < to;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        throw new InvalidOperationException($"no mapping in /proc/self/smaps holds 0x{address:x}");
    }
}

/// <summary>A test of the huge-page advice: skipped, with the reason, where Linux or its transparent huge pages are not there to ask.</summary>
public sealed class LinuxTransparentHugePagesFactAttribute : FactAttribute
{
    public LinuxTransparentHugePagesFactAttribute()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            Skip = "huge-page advice is Linux's (madvise MADV_HUGEPAGE); this is not Linux";
        }
        else if (!File.Exists("/sys/kernel/mm/transparent_hugepage/enabled") || !File.Exists("/proc/self/smaps"))
        {
            Skip = "this kernel has no transparent huge pages (no /sys/kernel/mm/transparent_hugepage) or no /proc/self/smaps";
        }
    }
}
