using PaperGraph.Learning;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Learning;

public sealed class ModelFileTests
{
    private static byte[] Shipped()
    {
        using var stream = typeof(ExtractionModel).Assembly.GetManifestResourceStream("PaperGraph.Learning.default.pgm")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void The_built_in_model_loads()
    {
        var (model, problem) = ModelFile.Read(Shipped(), "built-in");
        Assert.Null(problem);
        Assert.True(model!.FeatureCounts.Tagger > 1000);
        Assert.NotNull(ExtractionModel.BuiltIn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(1000)]
    [InlineData(-9)]
    [InlineData(-1)]
    public void A_model_cut_short_anywhere_is_PG3101(int keep)
    {
        var bytes = Shipped();
        var cut = bytes[..(keep >= 0 ? keep : bytes.Length + keep)];
        var (model, problem) = ModelFile.Read(cut, "cut.pgm");
        Assert.Null(model);
        Assert.Equal("PG3101", problem!.Id);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(5000)]
    [InlineData(3_000_000)]
    public void A_flipped_byte_is_PG3101(int offset)
    {
        var bytes = Shipped();
        bytes[offset % bytes.Length] ^= 0x40;
        var (_, problem) = ModelFile.Read(bytes, "flipped.pgm");
        Assert.Equal("PG3101", problem!.Id);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_PG3101_and_a_future_version_is_PG3102()
    {
        Assert.Equal("PG3101", ModelFile.Read("{\"not\": \"a model\"}"u8.ToArray(), "x.json").Problem!.Id);
        var future = Shipped();
        future[8] = 99;
        var (_, problem) = ModelFile.Read(future, "future.pgm");
        Assert.Equal("PG3102", problem!.Id);
        Assert.Contains("version 99", problem.Message);
    }

    [Fact]
    public void Extract_with_a_corrupt_model_file_exits_1_with_the_diagnostic_and_no_stack_trace()
    {
        using var directory = new TempDirectory();
        var model = directory.File("bad.pgm", "PGMODEL\nnot really");
        var (exit, output, error) = CommandLine.Run("extract", Repository.TwoTopics, "--model", model);
        Assert.Equal(1, exit);
        Assert.Contains("PG3101", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }
}
