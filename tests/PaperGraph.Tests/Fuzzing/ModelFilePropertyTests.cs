using System.Buffers.Binary;
using PaperGraph.Learning;
using PaperGraph.Lexicon;
using PaperGraph.Tests.Learning;

namespace PaperGraph.Tests.Fuzzing;

/// <summary>
/// The model loader over damaged files: whatever the bytes, <see cref="ModelFile.Read(byte[], string)"/> returns a
/// model or PG3101/PG3102, never throws. Seeded like the reader properties (PAPERGRAPH_FUZZ_CASES, PAPERGRAPH_FUZZ_SEED).
/// </summary>
/// <remarks>
/// The file's checksum catches almost any random damage before a section is parsed, so most cases here damage the
/// body and then write a matching checksum: only then do the section readers see hostile lengths and counts.
/// </remarks>
public sealed class ModelFilePropertyTests
{
    private static readonly Lazy<byte[]> Model = new(() =>
        ModelFile.Write(ModelTrainer.Train(TinyCorpus.Papers(), EntityLexicon.Empty, new TrainingOptions { TaggerEpochs = 2, DecisionEpochs = 2, Folds = 2 })));

    private static int Cases(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_FUZZ_CASES"), out var cases) && cases > 0 ? cases : normal;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_FUZZ_SEED"), out var seed) ? seed : 14;

    [Fact]
    public void Any_damage_to_a_model_file_is_a_model_or_PG3101_or_PG3102_never_an_exception()
    {
        var original = Model.Value;
        Assert.Null(ModelFile.Read(original, "tiny.pgm").Problem);
        var random = new Random(Seed + 5);
        for (var i = 0; i < Cases(300); i++)
        {
            var (bytes, how) = Damage(original, random);
            ExtractionModel? model;
            PaperGraph.Diagnostics.Diagnostic? problem;
            try
            {
                (model, problem) = ModelFile.Read(bytes, "fuzz.pgm");
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"reading a model ({how}) threw {exception.GetType().Name}: {exception.Message}\ninput (base64): {Convert.ToBase64String(bytes)}");
            }
            Assert.True(model is null != problem is null, how);
            Assert.True(problem is null || problem.Id is "PG3101" or "PG3102", $"{how}: {problem}");
        }
    }

    private static (byte[] Bytes, string How) Damage(byte[] original, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                return (HostileBytes.Next(random), "hostile bytes");
            case 1:
            {
                var bytes = (byte[])original.Clone();
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                return (bytes, "a flipped byte, checksum left");
            }
            case 2:
            {
                // A count or length read as a huge, negative or zero number: the int at a random 4-byte boundary.
                var bytes = (byte[])original.Clone();
                var at = 12 + 4 * random.Next((bytes.Length - 12 - 8) / 4);
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), random.Next(4) switch { 0 => -random.Next(), 1 => int.MaxValue - random.Next(16), 2 => 0, _ => random.Next(1 << 20) });
                return (Rechecksummed(bytes), $"the int at {at} replaced, checksum rewritten");
            }
            case 3:
            {
                var bytes = original[..random.Next(20, original.Length)];
                return (Rechecksummed(bytes), $"cut to {bytes.Length} bytes, checksum rewritten");
            }
            default:
            {
                var bytes = (byte[])original.Clone();
                for (var flips = random.Next(1, 8); flips > 0; flips--)
                {
                    bytes[12 + random.Next(bytes.Length - 20)] = (byte)random.Next(256);
                }
                return (Rechecksummed(bytes), "random bytes in the body, checksum rewritten");
            }
        }
    }

    /// <summary>The last 8 bytes set to the FNV-1a 64 of the rest, as ModelFile writes it (docs/model-format.md).</summary>
    private static byte[] Rechecksummed(byte[] bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes.AsSpan(0, bytes.Length - 8))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8), hash);
        return bytes;
    }
}
