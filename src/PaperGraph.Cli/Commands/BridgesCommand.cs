using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph bridges A B</c>: the papers that mention both ideas and the entities that go with both.</summary>
internal static class BridgesCommand
{
    public static Command Create(CliConsole console)
    {
        var first = new Argument<string>("a") { Description = "An entity name, alias or long form" };
        var second = new Argument<string>("b") { Description = "Another entity" };
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = EntityArguments.KindOption();
        var top = new Option<int>("--top") { Description = "How many bridging entities to list", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var command = new Command("bridges", "What connects two ideas: papers mentioning both, entities that go with both") { first, second, json, kind, top };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!graphOptions.TryOpenFor(parse, console, kind, [first, second], out var graph, out var resolved, out var nodeKind, out var exitCode))
            {
                return exitCode;
            }
            var (a, b) = (resolved[0], resolved[1]);
            var report = Bridges.Between(graph, a, b, parse.GetValue(top));
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, report);
            }
            else
            {
                WriteText(console.Out, report);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, BridgeReport report)
    {
        output.WriteLine($"{NodeText.Describe(report.A)} and {NodeText.Describe(report.B)}");
        output.WriteLine($"papers mentioning both: {report.Papers.Length}");
        foreach (var bridge in report.Papers)
        {
            output.WriteLine($"  {NodeText.Paper(bridge.Paper)}");
            var evidenceA = bridge.ToA.Evidence.FirstOrDefault();
            var evidenceB = bridge.ToB.Evidence.FirstOrDefault();
            if (evidenceA is not null)
            {
                output.WriteLine($"      {NodeText.Evidence(evidenceA)}");
            }
            if (evidenceB is not null && evidenceB.Sentence != evidenceA?.Sentence)
            {
                output.WriteLine($"      {NodeText.Evidence(evidenceB)}");
            }
        }
        output.WriteLine($"entities that go with both: {report.Entities.Length}");
        foreach (var entity in report.Entities)
        {
            output.WriteLine($"  {NodeText.Describe(entity.Node)}  ({"paper".ToQuantity((int)entity.WithA.Weight)} with {report.A.Name}, {(int)entity.WithB.Weight} with {report.B.Name})");
        }
    }

    private static void WriteJson(TextWriter output, BridgeReport report)
    {
        var payload = new
        {
            a = NodeJson.From(report.A),
            b = NodeJson.From(report.B),
            papers = report.Papers.Select(bridge => new
            {
                kind = "paper",
                key = bridge.Paper.Key,
                name = bridge.Paper.Name,
                a_relation = bridge.ToA.Type.ToName(),
                b_relation = bridge.ToB.Type.ToName(),
                a_evidence = bridge.ToA.Evidence.Select(EvidenceJson.From),
                b_evidence = bridge.ToB.Evidence.Select(EvidenceJson.From),
            }),
            entities = report.Entities.Select(entity => new
            {
                kind = NodeText.Kind(entity.Node),
                key = entity.Node.Key,
                name = entity.Node.Name,
                papers_with_a = entity.WithA.Papers,
                papers_with_b = entity.WithB.Papers,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
