using System.CommandLine;
using PaperGraph.Cli;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>Unexpected exceptions and hostile text reach people as one readable line.</summary>
public sealed class FaultTests
{
    private static (int Exit, string Error) RunThrowing(params string[] args)
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error);
        var root = PaperGraphApp.CreateRoot(console);
        var boom = new Command("boom", "throws") { new Option<bool>("--verbose") };
        boom.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("the \u001b[2J bug")));
        root.Subcommands.Add(boom);
        return (PaperGraphApp.Run(root, args, console), error.ToString());
    }

    [Fact]
    public void An_unexpected_exception_is_an_internal_error_line_without_a_stack_trace()
    {
        var (exit, error) = RunThrowing("boom");
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("error PG9001: internal error PG9001, please report: InvalidOperationException: the \\u001B[2J bug", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void With_verbose_the_internal_error_shows_its_stack_trace()
    {
        var (exit, error) = RunThrowing("boom", "--verbose");
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("PG9001", error, StringComparison.Ordinal);
        Assert.Contains(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_never_prints_a_raw_control_character()
    {
        var (exit, _, error) = CommandLine.Run("extract", "no\u001b]0;pwned\u0007such.jsonl");
        Assert.Equal(1, exit);
        Assert.Contains("PG1001", error, StringComparison.Ordinal);
        Assert.Contains("no\\u001B]0;pwned\\u0007such.jsonl", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u0007', error);
    }

    [Fact]
    public void Human_output_shows_control_characters_escaped()
    {
        var inner = new StringWriter();
        using (var writer = new TerminalSafeWriter(inner))
        {
            writer.WriteLine("name\u001b[31m red\u009b");
            writer.Write('\u0000');
            writer.Write("tab\tstays");
        }
        Assert.Equal("name\\u001B[31m red\\u009B" + Environment.NewLine + "\\u0000tab\tstays", inner.ToString());
    }

    [Fact]
    public void Extract_skips_a_record_it_cannot_decode_and_writes_the_others()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mixed.jsonl", "{\"title\":\"LoRA for All\",\"abstract\":\"We fine-tune with LoRA on GLUE. It is cheap.\"}\n{\"title\":\"Bad \\ud800\",\"abstract\":\"x\"}\n{\"title\":\"Mixup Again\",\"abstract\":\"We study mixup on CIFAR-10. It helps.\"}\n");
        var output = temp.Combine("out.jsonl");
        var (exit, _, error) = CommandLine.Run("extract", path, "-o", output, "-q");
        Assert.Equal(1, exit);
        Assert.Contains("(2): error PG1014", error, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Extract_reads_standard_input_when_the_input_is_a_dash()
    {
        var input = "{\"title\":\"LoRA for All\",\"abstract\":\"We fine-tune with LoRA on GLUE. It is cheap.\"}\n"
            + "{\"title\":\"LoRA for All\",\"abstract\":\"Listed twice.\"}\n"
            + "{\"title\":\"Mixup Again\",\"abstract\":\"We study mixup on CIFAR-10. It helps.\"}\n";
        var (exit, output, error) = await CliProcess.RunAsync(input, "extract", "-", "-q");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"file\":\"-\",\"line\":1", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"file\":\"-\",\"line\":2", lines[0], StringComparison.Ordinal);
    }
}
