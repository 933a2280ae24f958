using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Cli.Commands;

/// <summary>How the query verbs write nodes and evidence for people.</summary>
internal static class NodeText
{
    public static string Kind(GraphNode node) => node.Kind.ToName();

    public static string Describe(GraphNode node) =>
        node.IsPaper ? $"paper \"{Shorten(node.Name)}\"" : $"{node.Name} ({Kind(node)})";

    public static string Shorten(string text, int length = 70) => text.Length <= length ? text : text[..(length - 3)] + "...";

    /// <summary>The sentence in quotes, then where it is and the exact span of the mention.</summary>
    public static string Evidence(Evidence evidence)
    {
        var where = evidence.Field == DocumentField.Title ? "title" : $"sentence {evidence.Sentence}";
        return $"\"{evidence.SentenceText}\"  ({where}, \"{evidence.Text}\" at {evidence.Start}..{evidence.End})";
    }

    public static string Paper(GraphNode paper) => $"[{paper.Key}] {paper.Name}";
}
