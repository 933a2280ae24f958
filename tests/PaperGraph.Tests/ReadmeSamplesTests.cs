using System.Text;
using System.Text.RegularExpressions;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests;

/// <summary>
/// The README's sample outputs are the tool's: each block after a <c>&lt;!-- sample: ARGS [lines N] --&gt;</c> marker
/// is what <c>papergraph ARGS --graph seeds.pgz</c> prints after <c>papergraph build seeds -o seeds.pgz</c> (its first N lines, then "..."). The test fails when they
/// drift; <c>tools/update-readme-samples.sh</c> (PAPERGRAPH_UPDATE_README=1) rewrites them from the current tool.
/// </summary>
public sealed partial class ReadmeSamplesTests
{
    private static string ReadmePath => Path.Combine(Repository.Root, "README.md");

    [Fact]
    public void Every_sample_block_in_the_README_equals_the_tools_output_on_the_seed_graph()
    {
        using var temp = new TempDirectory();
        var graph = temp.Combine("seeds.pgz");
        // The graph a reader gets from `papergraph build seeds` (the built-in model included), not the tests' model-free one.
        var (built, _, buildError) = CommandLine.Run("build", Repository.Seeds, "-o", graph, "-q");
        Assert.True(built == 0, buildError);
        var readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        var samples = Sample().Matches(readme);
        Assert.True(samples.Count >= 4, $"only {samples.Count} sample blocks in README.md");
        var updated = new StringBuilder();
        var at = 0;
        var drifted = new List<string>();
        foreach (Match sample in samples)
        {
            var args = Arguments(sample.Groups["args"].Value);
            var (exit, output, error) = CommandLine.Run([.. args, "--graph", graph]);
            Assert.True(exit == 0, $"papergraph {sample.Groups["args"].Value}: {error}");
            var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            var expected = sample.Groups["lines"].Success && int.Parse(sample.Groups["lines"].Value, System.Globalization.CultureInfo.InvariantCulture) is var count && count < lines.Length
                ? string.Join('\n', lines.Take(count)) + "\n..."
                : string.Join('\n', lines);
            if (sample.Groups["block"].Value.TrimEnd('\n') != expected)
            {
                drifted.Add(sample.Groups["args"].Value);
            }
            updated.Append(readme, at, sample.Groups["block"].Index - at).Append(expected).Append('\n');
            at = sample.Groups["block"].Index + sample.Groups["block"].Length;
        }
        updated.Append(readme, at, readme.Length - at);
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_README") == "1")
        {
            File.WriteAllText(ReadmePath, updated.ToString());
            return;
        }
        Assert.True(drifted.Count == 0,
            $"README sample blocks differ from the tool's output for: {string.Join("; ", drifted)}. Run tools/update-readme-samples.sh and review the diff.");
    }

    /// <summary>Splits like a shell for what the README uses: spaces, and double quotes around a name with spaces.</summary>
    private static string[] Arguments(string text) =>
        [.. Regex.Matches(text, "\"([^\"]*)\"|(\\S+)").Select(match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)];

    [GeneratedRegex(@"<!-- sample: (?<args>.+?)(?: lines (?<lines>\d+))? -->\n```text\n(?<block>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Sample();
}
