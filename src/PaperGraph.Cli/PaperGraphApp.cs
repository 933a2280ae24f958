using System.CommandLine;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;

namespace PaperGraph.Cli;

/// <summary>Wires the verbs into one command line; each verb lives in Commands/.</summary>
internal static class PaperGraphApp
{
    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("PaperGraph: a knowledge graph of how ML ideas connect, built from paper abstracts.");
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(PathCommand.Create(console));
        root.Subcommands.Add(NeighborsCommand.Create(console));
        root.Subcommands.Add(RelatedCommand.Create(console));
        root.Subcommands.Add(BridgesCommand.Create(console));
        root.Subcommands.Add(CommunitiesCommand.Create(console));
        root.Subcommands.Add(CentralCommand.Create(console));
        root.Subcommands.Add(TimelineCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(PapersCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(PushCommand.Create(console));
        root.Subcommands.Add(SynthCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(LexiconCommand.Create(console));
        root.Subcommands.Add(MergesCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, Interruption? interruption = null) =>
        Run(args, output, error, interruption?.Token ?? CancellationToken.None, interruption);

    /// <summary>Runs with a cancellation of the caller's: tests cancel a command in-process at a point they choose.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation, Interruption? interruption = null)
    {
        var console = new CliConsole(new TerminalSafeWriter(output), error, IsStandardOutput: ReferenceEquals(output, Console.Out),
            Cancellation: cancellation);
        try
        {
            return Run(CreateRoot(console), args, console, interruption);
        }
        finally
        {
            console.Out.Flush();
        }
    }

    /// <summary>Runs <paramref name="root"/>; an exception no command expected is PG9001, never a stack trace (that with --verbose).</summary>
    internal static int Run(RootCommand root, string[] args, CliConsole console, Interruption? interruption = null)
    {
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                // Signals are ours (Interruption): the command stops at its next check and cleans up as it unwinds.
                ProcessTerminationTimeout = null,
            };
            var result = root.Parse(args);
            var exit = result.Invoke(configuration);
            // Parse errors (unknown option, missing argument) are usage errors.
            return result.Errors.Count > 0 ? ExitCodes.Usage : exit;
        }
        catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
        {
            console.Error.WriteLine("interrupted: stopped, no partial output was left");
            return Interruption.ExitCodeFor(interruption?.Signal);
        }
        catch (Exception exception)
        {
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.InternalError, Location.None, $"{exception.GetType().Name}: {exception.Message}");
            console.Error.WriteLine(TerminalText.Escape(diagnostic.ToString(), keepLineBreaks: false));
            if (args.Contains("--verbose", StringComparer.Ordinal))
            {
                console.Error.WriteLine(TerminalText.Escape(exception.ToString()));
            }
            else
            {
                console.Error.WriteLine("(run again with --verbose for the stack trace)");
            }
            return ExitCodes.InternalError;
        }
    }
}
