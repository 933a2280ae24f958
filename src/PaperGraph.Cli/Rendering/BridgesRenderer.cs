using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Query.Neighbours;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>bridges A B</c>: the papers that mention both, and the entities that go with both.</summary>
internal sealed class BridgesRenderer : ResultRenderer<BridgeReport>
{
    public static BridgesRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, BridgeReport report)
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

    public override object ToJson(BridgeReport report)
    {
        return new
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
    }
}
