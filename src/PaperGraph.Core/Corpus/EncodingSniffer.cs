namespace PaperGraph.Corpus;

/// <summary>
/// Tells from an input's first bytes whether the whole file is in an encoding other than UTF-8, so it gets one
/// diagnostic naming the encoding instead of one per line.
/// </summary>
/// <remarks>
/// UTF-16 and UTF-32 are told by their byte order mark, or, without one, by ASCII text whose every other byte is NUL.
/// Latin-1 (or Windows-1252) is assumed only when at least two lines hold bytes above 0x7F, not one of them is valid
/// UTF-8, every such byte is a printable Latin-1 / Windows-1252 character other than þ and ÿ (broken UTF-8 and binary
/// junk hold stray 0xFE, 0xFF and undefined bytes), and those lines are at least a tenth of the lines looked at. A
/// UTF-8 file with a broken line here and there is read line by line instead, each such line costing itself (PG1006).
/// </remarks>
internal static class EncodingSniffer
{
    /// <summary>How much of the start of a file is looked at.</summary>
    public const int SampleBytes = 1 << 16;

    /// <summary>The name of the file's encoding if it is plainly not UTF-8, else <see langword="null"/>.</summary>
    public static string? ForeignEncoding(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32 (little-endian)";
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (big-endian)";
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian)";
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian)";
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return null;
        }
        return Utf16WithoutByteOrderMark(sample) ?? Latin1(sample);
    }

    private static readonly System.Buffers.SearchValues<byte> NotLatin1Text = System.Buffers.SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFE, 0xFF]);

    private static string? Utf16WithoutByteOrderMark(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 8)
        {
            return null;
        }
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }
        // Text in UTF-16 has a NUL in nearly every ASCII character's other byte, and almost none in the other half.
        if (oddNul > pairs * 9 / 10 && evenNul < pairs / 10)
        {
            return "UTF-16 (little-endian)";
        }
        if (evenNul > pairs * 9 / 10 && oddNul < pairs / 10)
        {
            return "UTF-16 (big-endian)";
        }
        return null;
    }

    private static string? Latin1(ReadOnlySpan<byte> sample)
    {
        var invalidLines = 0;
        var lines = 0;
        var windows1252 = false;
        while (sample.Length > 0)
        {
            var end = sample.IndexOfAny((byte)'\r', (byte)'\n');
            // The last line of a sample may be cut mid-character: judge only whole lines, and a file shorter than the sample.
            var line = end < 0 ? sample : sample[..end];
            var whole = end >= 0 || sample.Length < SampleBytes;
            sample = end < 0 ? [] : sample[(end + 1)..];
            lines += line.IsEmpty ? 0 : 1;
            if (!whole || line.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
            {
                continue;
            }
            if (System.Text.Unicode.Utf8.IsValid(line))
            {
                return null;
            }
            if (line.IndexOfAnyInRange((byte)0x00, (byte)0x08) >= 0 || line.IndexOfAny(NotLatin1Text) >= 0)
            {
                // Control bytes, 0xFE/0xFF, or bytes Windows-1252 leaves undefined: binary junk, not text in another encoding.
                return null;
            }
            windows1252 |= line.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0;
            invalidLines++;
        }
        return invalidLines >= 2 && invalidLines * 10 >= lines ? windows1252 ? "Windows-1252" : "Latin-1 (ISO-8859-1)" : null;
    }
}
