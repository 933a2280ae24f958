using PaperGraph.Cli;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Runs the papergraph command line in-process and captures what it prints.</summary>
internal static class CommandLine
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PaperGraphApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
