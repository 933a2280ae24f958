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
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var stats = GraphStatistics.Compute(graph, parse.GetValue(top));
            return StatsRenderer.Instance.Render(console, parse.GetValue(json), stats);
        });
        return command;
    }
}
