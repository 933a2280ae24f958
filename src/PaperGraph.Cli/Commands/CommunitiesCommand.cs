using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Query.Ranking;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph communities</c>: clusters of ideas (Louvain on co-occurrence), each named by its most central members.</summary>
internal static class CommunitiesCommand
{
    private const int MembersShown = 12;

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
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, minimum, shown);
            }
            else
            {
                WriteText(console.Out, minimum, communities.Length, shown);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, int minSize, int total, IReadOnlyList<Community> communities)
    {
        output.WriteLine($"{"community".ToQuantity(total)} of at least {"entity".ToQuantity(minSize)}");
        foreach (var community in communities)
        {
            output.WriteLine();
            output.WriteLine($"#{community.Number} {community.Name}  ({"entity".ToQuantity(community.Members.Length)}, {"paper".ToQuantity(community.PaperCount)})");
            var members = community.Members.Take(MembersShown).Select(NodeText.Describe);
            var more = community.Members.Length > MembersShown ? $", … {community.Members.Length - MembersShown} more" : "";
            output.WriteLine($"   {string.Join(", ", members)}{more}");
        }
    }

    private static void WriteJson(TextWriter output, int minSize, IReadOnlyList<Community> communities)
    {
        var payload = new
        {
            min_size = minSize,
            communities = communities.Select(community => new
            {
                number = community.Number,
                name = community.Name,
                size = community.Members.Length,
                paper_count = community.PaperCount,
                members = community.Members.Select(NodeJson.From),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
