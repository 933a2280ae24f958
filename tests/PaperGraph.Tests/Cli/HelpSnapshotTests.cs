using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>
/// The <c>--help</c> of the tool and of every command as golden files under Cli/Snapshots/help/: options, defaults and
/// descriptions are the user interface, and a change to them shows in the diff. They run the built tool as its own
/// process, as a user does (the usage line names the executable). PAPERGRAPH_UPDATE_SNAPSHOTS=1 dotnet test rewrites
/// them.
/// </summary>
public sealed class HelpSnapshotTests
{
    public static TheoryData<string> Commands()
    {
        var commands = new TheoryData<string> { "" };
        foreach (var command in PaperGraph.Cli.PaperGraphApp.CreateRoot(new PaperGraph.Cli.Infrastructure.CliConsole(TextWriter.Null, TextWriter.Null, false, default)).Subcommands)
        {
            commands.Add(command.Name);
            foreach (var subcommand in command.Subcommands)
            {
                commands.Add(command.Name + " " + subcommand.Name);
            }
        }
        return commands;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_is_as_in_the_snapshot(string command)
    {
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
        var (exit, output, error) = await CliProcess.RunAsync("", args);
        Assert.True(exit == 0, error);
        var name = command.Length == 0 ? "papergraph" : command.Replace(' ', '-');
        Snapshot.Matches(Path.Combine("Cli", "Snapshots", "help", name + ".txt"), output);
    }
}
