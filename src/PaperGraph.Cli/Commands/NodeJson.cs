using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Cli.Commands;

/// <summary>The JSON shape of a node in --json outputs.</summary>
internal static class NodeJson
{
    public static object From(GraphNode node) => node.IsPaper
        ? new { kind = "paper", key = node.Key, name = node.Name }
        : new { kind = node.Kind.ToName(), key = node.Key, name = node.Name };
}
