using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Query.Algorithms;

namespace PaperGraph.Query.Ranking;

/// <summary>Clusters of ideas: <see cref="Louvain"/> on the co-occurrence graph, largest first.</summary>
/// <remarks>
/// A community is named by its three most central members: the most papers in common with other members, then the
/// most papers, then key. Communities are numbered from 1 after sorting by size, then name.
/// </remarks>
public static class Communities
{
    private const int NameMembers = 3;

    public static ImmutableArray<Community> Detect(KnowledgeGraph graph, int minSize)
    {
        var concepts = ConceptGraph.CoOccurrence(graph);
        var membership = Louvain.Detect(concepts.Graph);
        var groups = Enumerable.Range(0, concepts.Nodes.Length)
            .GroupBy(vertex => membership[vertex])
            .Where(group => group.Count() >= Math.Max(1, minSize))
            .Select(group =>
            {
                var inside = group.ToHashSet();
                var members = group
                    .Select(vertex => (Vertex: vertex, Inner: concepts.Graph.Links(vertex).Where(link => inside.Contains(link.Neighbor)).Sum(link => link.Weight)))
                    .Select(item => (Node: concepts.Nodes[item.Vertex], item.Inner))
                    .OrderByDescending(item => item.Inner)
                    .ThenByDescending(item => item.Node.PaperCount)
                    .ThenBy(item => item.Node.Key, StringComparer.Ordinal)
                    .ThenBy(item => item.Node.Kind)
                    .Select(item => item.Node)
                    .ToImmutableArray();
                var papers = members
                    .SelectMany(member => graph.IncidentEdges(member).Where(edge => edge.Source.IsPaper).Select(edge => edge.Source.Id))
                    .Distinct()
                    .Count();
                return (Name: string.Join(" · ", members.Take(NameMembers).Select(member => member.Name)), Members: members, Papers: papers);
            })
            .OrderByDescending(group => group.Members.Length)
            .ThenBy(group => group.Name, StringComparer.Ordinal)
            .ToList();
        return [.. groups.Select((group, index) => new Community(index + 1, group.Name, group.Members, group.Papers))];
    }
}
