using System.CommandLine;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Query.Profiles;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph stats</c>: counts per kind, most connected entities, merged duplicates, names kept apart, diagnostics.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var top = new Option<int>("--top") { Description = "How many of the most connected entities to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("stats", "Counts per kind, the most connected entities, merged duplicates, names kept apart and diagnostics") { json, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // Counted from the saved file without loading it: a million-paper graph takes seconds to load for a few dozen numbers.
            if (!graphOptions.TryOpenCensus(parse, console, out var census, out var exitCode))
            {
                return exitCode;
            }
            var stats = GraphStatistics.Compute(census, parse.GetValue(top));
            return StatsRenderer.Instance.Render(console, parse.GetValue(json), stats);
        });
        return command;
    }
}
