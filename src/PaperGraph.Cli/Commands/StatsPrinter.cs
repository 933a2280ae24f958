using Humanizer;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Cli.Commands;

/// <summary>Human-readable counts shared by build and stats.</summary>
internal static class StatsPrinter
{
    public static void PrintSummaryLine(TextWriter output, KnowledgeGraph graph)
    {
        var counts = EntityKinds.All.Select(kind => (kind, count: graph.Nodes.Count(node => node.Kind == kind)));
        output.WriteLine(string.Join(", ", counts.Select(pair => pair.kind.ToName().ToQuantity(pair.count))) +
                         $"; {"relationship".ToQuantity(graph.Edges.Length)}");
    }
}
