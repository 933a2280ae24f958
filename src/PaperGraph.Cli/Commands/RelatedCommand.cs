using System.CommandLine;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph related X</c>: the entities most associated with X, with scores and shared papers.</summary>
internal static class RelatedCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("entity") { Description = "An entity name, alias or long form" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var top = new Option<int>("--top") { Description = "How many to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("related", "The entities most associated with one entity: papers in common × PMI") { name, json, kind, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [name], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var node = resolved[0];
            var related = Relatedness.Of(graph, node, parse.GetValue(top));
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new { entity = NodeJson.From(node), related = related.Select(RelatedJson) }, JsonOutput.Options));
            }
            else
            {
                WriteText(console.Out, graph, node, related);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    public static object RelatedJson(RelatedEntity related) => new
    {
        kind = NodeText.Kind(related.Node),
        key = related.Node.Key,
        name = related.Node.Name,
        shared_papers = related.SharedPapers,
        pmi = EvidenceJson.Round(related.Pmi),
        jaccard = EvidenceJson.Round(related.Jaccard),
        score = EvidenceJson.Round(related.Score),
        papers = related.Papers,
    };

    private static void WriteText(TextWriter output, KnowledgeGraph graph, GraphNode node, IReadOnlyList<RelatedEntity> related)
    {
        if (related.Count == 0)
        {
            output.WriteLine($"{NodeText.Describe(node)} shares no paper with another entity.");
            return;
        }
        output.WriteLine($"Most associated with {NodeText.Describe(node)} (score = papers in common × PMI):");
        output.WriteLine($"  {"score",7} {"PMI",6} {"Jaccard",7} {"papers",6}  entity");
        foreach (var item in related)
        {
            output.WriteLine($"  {item.Score,7:0.00} {item.Pmi,6:0.00} {item.Jaccard,7:0.00} {item.SharedPapers,6}  {NodeText.Describe(item.Node)}");
            if (graph.TryGetNode(NodeKind.Paper, item.Papers[0], out var paper))
            {
                output.WriteLine($"  {"",29}e.g. {NodeText.Shorten(paper.Name)}");
            }
        }
    }
}
