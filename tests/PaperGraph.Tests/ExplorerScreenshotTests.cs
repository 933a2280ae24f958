using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests;

/// <summary>
/// <c>docs/explorer.png</c> is a picture of the current tool: <c>tools/update-explorer-screenshot.sh</c> (run by
/// <c>tools/update-readme-samples.sh</c>) takes it in headless Chromium from the seed graph's html export and stamps it
/// with that export's SHA-256. Pixels differ between machines and fonts; the stamp does not, so the check is whether
/// the picture was taken of the export the tool makes today.
/// </summary>
public sealed class ExplorerScreenshotTests
{
    private const string StampKeyword = "papergraph-html-sha256";

    private static string PicturePath => Path.Combine(Repository.Root, "docs", "explorer.png");

    private static string Script => Path.Combine(Repository.Root, "tools", "update-explorer-screenshot.sh");

    /// <summary>The SHA-256 of <c>papergraph export --format html</c> of the graph <c>papergraph build seeds</c> makes, as the script takes it.</summary>
    private static readonly Lazy<string> CurrentExportSha256 = new(() =>
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CommandLine.Run("build", Repository.Seeds, "-o", temp.Combine("seeds.pgz"), "-q");
        Assert.True(exit == 0, error);
        (exit, _, error) = CommandLine.Run("export", "--format", "html", "--graph", temp.Combine("seeds.pgz"), "-o", temp.Combine("graph.html"), "-q");
        Assert.True(exit == 0, error);
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(temp.Combine("graph.html"))));
    });

    [Fact]
    public void The_explorer_picture_in_the_docs_was_taken_of_the_current_html_export_of_the_seed_graph()
    {
        var (width, height, stamp) = ReadPng(File.ReadAllBytes(PicturePath));
        Assert.Equal((1400, 860), (width, height));
        Assert.True(stamp == CurrentExportSha256.Value,
            $"docs/explorer.png was taken of another export (stamp {stamp ?? "missing"}, current {CurrentExportSha256.Value}): " +
            "run tools/update-readme-samples.sh (or tools/update-explorer-screenshot.sh) and review the picture.");
    }

    [BrowserFact]
    public void The_screenshot_step_of_the_docs_script_takes_a_stamped_picture_of_the_current_seed_explorer()
    {
        using var temp = new TempDirectory();
        var picture = temp.Combine("explorer.png");
        // The tests' own build of papergraph, so the script does not build the tree the test run is using.
        var (exit, output, error) = ExternalTools.Run("sh", [Script, picture], environment: new Dictionary<string, string>
        {
            ["PAPERGRAPH"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "papergraph.dll")}",
            ["CHROMIUM"] = ExternalTools.Chromium,
        });
        Assert.True(exit == 0, $"{Script} failed ({exit}):\n{error}\n{output}");
        var (width, height, stamp) = ReadPng(File.ReadAllBytes(picture));
        Assert.Equal((1400, 860), (width, height));
        Assert.Equal(CurrentExportSha256.Value, stamp);
        Assert.True(new FileInfo(picture).Length > 50_000, "the picture is nearly empty");
    }

    /// <summary>The width and height from the PNG header, and the export stamp from its text chunk (null without one).</summary>
    private static (int Width, int Height, string? Stamp) ReadPng(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG");
        var (width, height) = (0, 0);
        string? stamp = null;
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.Latin1.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
            }
            else if (type == "tEXt" && data.IndexOf((byte)0) is var nul and > 0 && Encoding.Latin1.GetString(data[..nul]) == StampKeyword)
            {
                stamp = Encoding.Latin1.GetString(data[(nul + 1)..]);
            }
            at += 12 + length;
        }
        return (width, height, stamp);
    }
}
