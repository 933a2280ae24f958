using System.Text;

namespace PaperGraph.Tests.Fuzzing;

/// <summary>A seeded generator of hostile input: broken UTF-8, odd line breaks, control characters, bad JSON escapes, BOMs, junk.</summary>
internal static class HostileBytes
{
    private static readonly byte[][] Pieces =
    [
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF, 0xBF], [0xE2, 0x82], [0xFF], [0xFE, 0xFF],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00], [0x1B, 0x5B, 0x32, 0x4A], [0x07], [0xC2, 0x9B], [0xE9], [0xE2, 0x80, 0xA8],
        "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\n\r"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "\""u8.ToArray(),
        "\\ud800"u8.ToArray(), "\\udfff"u8.ToArray(), "\\u0000"u8.ToArray(), "\\u001b"u8.ToArray(), "\\"u8.ToArray(),
        """{"title":"""u8.ToArray(), ""","abstract":"""u8.ToArray(), """{"id":"1","categories":"cs.LG","title":"x","abstract":"y"}"""u8.ToArray(),
        "Jul 30"u8.ToArray(), "Daily Papers"u8.ToArray(), "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["u8.ToArray(),
        "1e999999"u8.ToArray(), "null"u8.ToArray(), "We propose a method. "u8.ToArray(), "Zürich "u8.ToArray(), "😀"u8.ToArray(),
    ];

    public static byte[] Next(Random random, int maxPieces = 24)
    {
        var bytes = new List<byte>();
        var pieces = random.Next(0, maxPieces);
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var junk = new byte[random.Next(1, 40)];
                    random.NextBytes(junk);
                    bytes.AddRange(junk);
                    break;
                case 1:
                    bytes.AddRange(Encoding.UTF8.GetBytes(new string((char)random.Next(0x20, 0x7F), random.Next(1, 200))));
                    break;
                default:
                    bytes.AddRange(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }
        return bytes.ToArray();
    }
}
