using System.CommandLine;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;

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
        root.Subcommands.Add(PushCommand.Create(console));
        root.Subcommands.Add(SynthCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = CreateRoot(console);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var result = root.Parse(args);
        var exit = result.Invoke(configuration);
        // Parse errors (unknown option, missing argument) are usage errors.
        return result.Errors.Count > 0 ? ExitCodes.Usage : exit;
    }
}
