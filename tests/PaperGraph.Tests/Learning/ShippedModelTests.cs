using PaperGraph.Learning;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Learning;

/// <summary>The model built into the tool is exactly what models/train-default.sh makes from the papers in the repo.</summary>
public sealed class ShippedModelTests
{
    [Fact]
    public void Training_as_the_README_says_reproduces_the_built_in_model_byte_for_byte()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("default.pgm");
        var training = Path.Combine(Repository.Root, "models", "training");
        var (exit, _, error) = CommandLine.Run("train", "-q",
            "--gold", Path.Combine(training, "silver-train.json"), "--gold", Repository.DevGold,
            Path.Combine(training, "silver-train-papers.jsonl"), Repository.Seeds, "-o", output);
        Assert.True(exit == 0, error);
        var shipped = File.ReadAllBytes(Path.Combine(Repository.Root, "src", "PaperGraph.Core", "Learning", "Data", "default.pgm"));
        Assert.True(shipped.AsSpan().SequenceEqual(File.ReadAllBytes(output)),
            "The built-in model is stale: run models/train-default.sh and commit src/PaperGraph.Core/Learning/Data/default.pgm");
    }

    [Fact]
    public void The_train_script_runs_the_same_command_as_the_test()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "models", "train-default.sh"));
        Assert.Contains("--gold models/training/silver-train.json --gold tests/data/dev-gold.json", script);
        Assert.Contains("models/training/silver-train-papers.jsonl seeds", script);
    }
}
