using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Query.Ranking;
using PaperGraph.Cli.Rendering;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph communities</c>: clusters of ideas (Louvain on co-occurrence), each named by its most central members.</summary>
internal static class CommunitiesCommand
{
    public static Command Create(CliConsole console)
    {
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var minSize = new Option<int>("--min-size") { Description = "Leave out communities with fewer entities", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var top = new Option<int?>("--top") { Description = "How many communities to list (default: all)" }.AtLeast(1);
        var command = new Command("communities", "Clusters of ideas that appear together, largest first") { json, minSize, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var minimum = parse.GetValue(minSize);
            var communities = Communities.Detect(graph, minimum);
            var shown = parse.GetValue(top) is { } limit ? communities.Take(limit).ToList() : [.. communities];
            return CommunitiesRenderer.Instance.Render(console, parse.GetValue(json), new CommunitiesRenderer.Listing(minimum, communities.Length, shown));
        });
        return command;
    }
}
