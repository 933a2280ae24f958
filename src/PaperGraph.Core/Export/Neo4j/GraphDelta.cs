using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Export.Neo4j;

/// <summary>
/// What changed between two saved graphs as Neo4j sees them: nodes and relationships added, changed (properties or
/// evidence) and removed, keyed by the identities the MERGE statements use (label + key; type + end labels + end
/// keys), never by node ids, which shift between builds.
/// </summary>
/// <remarks>
/// Rows have the shapes of <see cref="Neo4jStatementPlan"/>'s rows, so added and changed rows run through the full
/// push's MERGE statements. A changed row also carries, as null, every property the old graph had and the new one
/// has not: <c>SET n += row.props</c> removes a property set to null, so a lost long form does not linger.
/// </remarks>
internal sealed record GraphDelta(
    ImmutableArray<GraphDelta.NodeRow> AddedNodes,
    ImmutableArray<GraphDelta.NodeRow> ChangedNodes,
    ImmutableArray<GraphDelta.NodeRow> RemovedNodes,
    ImmutableArray<GraphDelta.RelationshipRow> AddedRelationships,
    ImmutableArray<GraphDelta.RelationshipRow> ChangedRelationships,
    ImmutableArray<GraphDelta.RelationshipRow> RemovedRelationships)
{
    /// <summary>A node as Neo4j holds it: its label, key and properties (empty for a removed node).</summary>
    public sealed record NodeRow(EntityKind Kind, string Key, IReadOnlyDictionary<string, object?> Properties);

    /// <summary>A relationship as Neo4j holds it: type, end labels and keys, and properties (empty when removed).</summary>
    public sealed record RelationshipRow(RelationType Type, EntityKind FromKind, string FromKey, EntityKind ToKind, string ToKey, IReadOnlyDictionary<string, object?> Properties);

    public bool IsEmpty => AddedNodes.IsEmpty && ChangedNodes.IsEmpty && RemovedNodes.IsEmpty
        && AddedRelationships.IsEmpty && ChangedRelationships.IsEmpty && RemovedRelationships.IsEmpty;

    /// <summary>The writes that turn a database loaded with <paramref name="old"/> into one loaded with <paramref name="current"/>.</summary>
    public static GraphDelta Between(KnowledgeGraph old, KnowledgeGraph current)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(current);
        var oldNodes = old.Nodes.ToDictionary(node => (node.Kind, node.Key), Neo4jStatementPlan.NodeProperties);
        var newNodes = current.Nodes.ToDictionary(node => (node.Kind, node.Key), Neo4jStatementPlan.NodeProperties);
        var (addedNodes, changedNodes, removedNodes) = Compare(oldNodes, newNodes, (key, props) => new NodeRow(key.Kind, key.Key, props));

        static (RelationType, EntityKind, string, EntityKind, string) EdgeKey(GraphEdge edge) =>
            (edge.Type, edge.Source.Kind, edge.Source.Key, edge.Target.Kind, edge.Target.Key);
        var oldEdges = old.Edges.ToDictionary(EdgeKey, Neo4jStatementPlan.EdgeProperties);
        var newEdges = current.Edges.ToDictionary(EdgeKey, Neo4jStatementPlan.EdgeProperties);
        var (addedEdges, changedEdges, removedEdges) = Compare(oldEdges, newEdges,
            (key, props) => new RelationshipRow(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5, props));

        // A relationship whose end goes away goes with it (DETACH DELETE): deleting it by name as well is harmless,
        // and keeps the delta a plain list of what the new graph no longer has.
        return new GraphDelta(addedNodes, changedNodes, removedNodes, addedEdges, changedEdges, removedEdges);
    }

    private static (ImmutableArray<TRow> Added, ImmutableArray<TRow> Changed, ImmutableArray<TRow> Removed) Compare<TKey, TRow>(
        Dictionary<TKey, IReadOnlyDictionary<string, object?>> old, Dictionary<TKey, IReadOnlyDictionary<string, object?>> current,
        Func<TKey, IReadOnlyDictionary<string, object?>, TRow> row)
        where TKey : notnull
    {
        var added = ImmutableArray.CreateBuilder<TRow>();
        var changed = ImmutableArray.CreateBuilder<TRow>();
        var removed = ImmutableArray.CreateBuilder<TRow>();
        var none = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, props) in current)
        {
            if (!old.TryGetValue(key, out var before))
            {
                added.Add(row(key, props));
            }
            else if (CypherLiteral.Format(before) != CypherLiteral.Format(props))
            {
                var update = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var name in before.Keys.Where(name => !props.ContainsKey(name)))
                {
                    update[name] = null;
                }
                foreach (var (name, value) in props)
                {
                    update[name] = value;
                }
                changed.Add(row(key, update));
            }
        }
        foreach (var key in old.Keys.Where(key => !current.ContainsKey(key)))
        {
            removed.Add(row(key, none));
        }
        return (added.ToImmutable(), changed.ToImmutable(), removed.ToImmutable());
    }
}
