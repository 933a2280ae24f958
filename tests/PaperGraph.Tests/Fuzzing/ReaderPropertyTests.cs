using System.Text;
using PaperGraph.Corpus;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Fuzzing;

/// <summary>
/// Properties of the readers and the graph loader over hostile input. Each test runs a fixed number of seeded cases
/// (PAPERGRAPH_FUZZ_CASES raises it for a long fuzzing run; PAPERGRAPH_FUZZ_SEED picks another sequence).
/// </summary>
public sealed class ReaderPropertyTests
{
    private const string Abstract = "We propose a method for robust training. It works well on many benchmarks in our experiments.";

    private static int Cases(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_FUZZ_CASES"), out var cases) && cases > 0 ? cases : normal;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_FUZZ_SEED"), out var seed) ? seed : 14;

    private static List<CorpusEntry> Read(byte[] bytes, InputFormat format = InputFormat.Auto)
    {
        using var input = InputSnapshot.FromBytes(bytes, "fuzz");
        return CorpusFile.Read(input, format).ToList();
    }

    private static void AssertGoodPapersSurvive(byte[] bytes, string[] titles, InputFormat format = InputFormat.Auto)
    {
        List<CorpusEntry> entries;
        try
        {
            entries = Read(bytes, format);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"reading threw {exception.GetType().Name}: {exception.Message}\ninput (base64): {Convert.ToBase64String(bytes)}");
        }
        var read = entries.OfType<PaperEntry>().Select(entry => entry.Paper.Title).ToHashSet();
        // A file that looks Latin-1 as a whole gets one PG1013, and its good (UTF-8) papers are still read: none is lost.
        Assert.True(entries.OfType<DiagnosticEntry>().Count(entry => entry.Diagnostic.Id == "PG1013") <= 1);
        foreach (var title in titles)
        {
            Assert.True(read.Contains(title), $"'{title}' was lost\ninput (base64): {Convert.ToBase64String(bytes)}");
        }
        Assert.All(entries.OfType<PaperEntry>(), entry =>
        {
            Assert.DoesNotContain(entry.Paper.Title, c => InputText.IsControlCharacter(c));
            Assert.DoesNotContain(entry.Paper.Abstract, c => InputText.IsControlCharacter(c));
        });
    }

    [Fact]
    public void Any_bytes_between_two_good_json_records_cost_no_good_record()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Cases(300); i++)
        {
            var junk = HostileBytes.Next(random);
            var bytes = Encoding.UTF8.GetBytes($$"""{"title":"Before","abstract":"{{Abstract}}"}""" + "\n")
                .Concat(junk).Concat(Encoding.UTF8.GetBytes($$"""{{"\n"}}{"title":"After","abstract":"{{Abstract}}"}""" + "\n")).ToArray();
            AssertGoodPapersSurvive(bytes, ["Before", "After"]);
        }
    }

    [Fact]
    public void Any_bytes_between_two_good_seed_pairs_cost_no_good_pair()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < Cases(300); i++)
        {
            var junk = HostileBytes.Next(random);
            var bytes = Encoding.UTF8.GetBytes($"Daily Papers\nJul 30\n\nBefore Title\n{Abstract}\n\n")
                .Concat(junk).Concat(Encoding.UTF8.GetBytes($"\n\nAfter Title\n{Abstract}\n")).ToArray();
            AssertGoodPapersSurvive(bytes, ["Before Title", "After Title"], InputFormat.Seed);
        }
    }

    [Fact]
    public void Any_bytes_at_all_are_read_without_an_exception()
    {
        var random = new Random(Seed + 2);
        foreach (var format in new[] { InputFormat.Auto, InputFormat.Seed, InputFormat.Jsonl, InputFormat.Arxiv })
        {
            for (var i = 0; i < Cases(150); i++)
            {
                var bytes = HostileBytes.Next(random, maxPieces: 60);
                try
                {
                    Assert.NotEmpty(Read(bytes, format));
                }
                catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
                {
                    throw new Xunit.Sdk.XunitException($"{format}: {exception.GetType().Name}: {exception.Message}\ninput (base64): {Convert.ToBase64String(bytes)}");
                }
            }
        }
    }

    [Fact]
    public void The_cli_exits_0_1_or_2_on_any_input_and_prints_no_raw_control_character()
    {
        var random = new Random(Seed + 3);
        using var temp = new TempDirectory();
        for (var i = 0; i < Cases(25); i++)
        {
            var path = temp.File($"in-{i}.jsonl", Encoding.UTF8.GetBytes($$"""{"title":"LoRA for All","abstract":"We fine-tune with LoRA on GLUE. It is cheap."}""" + "\n").Concat(HostileBytes.Next(random)).ToArray());
            var (exit, output, error) = CommandLine.Run("extract", path, "-q");
            Assert.True(exit is 0 or 1 or 2, $"exit {exit}: {error}\ninput (base64): {Convert.ToBase64String(File.ReadAllBytes(path))}");
            Assert.DoesNotContain(error, c => InputText.IsControlCharacter(c));
            Assert.True(output.Contains("LoRA for All", StringComparison.Ordinal),
                $"the good paper before the damage was lost: {error}\ninput (base64): {Convert.ToBase64String(File.ReadAllBytes(path))}");
        }
    }

    [Fact]
    public void Any_damage_to_a_graph_file_is_PG4001_or_PG4002_never_an_exception()
    {
        using var stream = new MemoryStream();
        GraphFile.Write(SampleGraphs.Tricky(), stream);
        var original = stream.ToArray();
        var random = new Random(Seed + 4);
        using var temp = new TempDirectory();
        var path = temp.Combine("fuzz.pgz");
        for (var i = 0; i < Cases(200); i++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
            if (bytes.AsSpan().SequenceEqual(original))
            {
                continue;
            }
            File.WriteAllBytes(path, bytes);
            var (graph, problem) = GraphFile.TryLoad(path);
            Assert.Null(graph);
            Assert.True(problem!.Id is "PG4001" or "PG4002", problem.ToString());
        }
    }
}
