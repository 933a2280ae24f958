using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Syntax;

namespace PaperGraph.Export.Neo4j;

/// <summary>
/// The writes that load a graph into Neo4j: nodes label by label, then relationships grouped by type and end labels,
/// each as batches of <c>UNWIND $rows AS row MERGE …</c> on the node keys, so running them twice changes nothing.
/// </summary>
internal static class Neo4jStatementPlan
{
    public const int DefaultBatchSize = 500;

    public static IEnumerable<Neo4jBatch> Build(KnowledgeGraph graph, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var kind in EntityKinds.All)
        {
            var label = kind.ToString();
            var statement = NodeMergeStatement(kind);
            var rows = graph.Nodes.Where(node => node.Kind == kind).Select(NodeRow);
            foreach (var batch in Batches(rows, batchSize, $"{label} nodes", statement, isRelationship: false))
            {
                yield return batch;
            }
        }

        // One pass per group over the edges, in id order, instead of GroupBy: grouping held a view of every edge of
        // the graph at once (push peak 2.8 GB on a 200k-paper graph whose build peaks at 1.1 GB); a pass holds one batch.
        foreach (var (key, _) in EdgeGroups(graph).OrderBy(group => group.Key.Type).ThenBy(group => group.Key.From).ThenBy(group => group.Key.To))
        {
            var type = key.Type.ToName();
            var statement = RelationshipMergeStatement(key.Type, key.From, key.To);
            var edges = graph.Edges.Where(edge => (edge.Type, edge.Source.Kind, edge.Target.Kind) == key);
            foreach (var batch in Batches(edges.Select(EdgeRow), batchSize, $"{type} ({key.From}→{key.To})", statement, isRelationship: true))
            {
                yield return batch;
            }
        }
    }

    /// <summary>The MERGE of one label's nodes on their key; entities also get the Entity label.</summary>
    public static string NodeMergeStatement(EntityKind kind) => kind == EntityKind.Paper
        ? $"UNWIND ${Neo4jBatch.RowsParameter} AS row\nMERGE (n:Paper {{key: row.key}})\nSET n += row.props"
        : $"UNWIND ${Neo4jBatch.RowsParameter} AS row\nMERGE (n:{kind} {{key: row.key}})\nSET n:Entity, n += row.props";

    /// <summary>The MERGE of one relationship group (type and end labels) between nodes matched on their keys.</summary>
    public static string RelationshipMergeStatement(RelationType type, EntityKind from, EntityKind to) =>
        $"UNWIND ${Neo4jBatch.RowsParameter} AS row\n" +
        $"MATCH (a:{from} {{key: row.from}})\n" +
        $"MATCH (b:{to} {{key: row.to}})\n" +
        $"MERGE (a)-[r:{type.ToName()}]->(b)\n" +
        "SET r += row.props";

    /// <summary>
    /// The writes of a <see cref="GraphDelta"/>: deletes of relationships, then of nodes (DETACH: a node's remaining
    /// relationships go with it), then the full push's MERGE statements for added and changed nodes and relationships.
    /// Deletes match on keys and MERGE on keys, so running the delta twice changes nothing the second time.
    /// </summary>
    public static IEnumerable<Neo4jBatch> BuildDelta(GraphDelta delta, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var group in delta.RemovedRelationships.GroupBy(row => (row.Type, row.FromKind, row.ToKind)).OrderBy(group => group.Key))
        {
            var (type, from, to) = group.Key;
            var statement =
                $"UNWIND ${Neo4jBatch.RowsParameter} AS row\n" +
                $"MATCH (a:{from} {{key: row.from}})-[r:{type.ToName()}]->(b:{to} {{key: row.to}})\n" +
                "DELETE r";
            var rows = group.Select(row => (IReadOnlyDictionary<string, object?>)new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["from"] = row.FromKey, ["to"] = row.ToKey });
            foreach (var batch in Batches(rows, batchSize, $"delete {type.ToName()} ({from}→{to})", statement, isRelationship: true, isDelete: true))
            {
                yield return batch;
            }
        }
        foreach (var group in delta.RemovedNodes.GroupBy(row => row.Kind).OrderBy(group => group.Key))
        {
            var statement = $"UNWIND ${Neo4jBatch.RowsParameter} AS row\nMATCH (n:{group.Key} {{key: row.key}})\nDETACH DELETE n";
            var rows = group.Select(row => (IReadOnlyDictionary<string, object?>)new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["key"] = row.Key });
            foreach (var batch in Batches(rows, batchSize, $"delete {group.Key} nodes", statement, isRelationship: false, isDelete: true))
            {
                yield return batch;
            }
        }
        foreach (var group in delta.AddedNodes.Concat(delta.ChangedNodes).GroupBy(row => row.Kind).OrderBy(group => group.Key))
        {
            var rows = group.Select(row => (IReadOnlyDictionary<string, object?>)new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["key"] = row.Key, ["props"] = row.Properties });
            foreach (var batch in Batches(rows, batchSize, $"{group.Key} nodes", NodeMergeStatement(group.Key), isRelationship: false))
            {
                yield return batch;
            }
        }
        foreach (var group in delta.AddedRelationships.Concat(delta.ChangedRelationships).GroupBy(row => (row.Type, row.FromKind, row.ToKind)).OrderBy(group => group.Key))
        {
            var (type, from, to) = group.Key;
            var rows = group.Select(row =>
            {
                var keys = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["from"] = row.FromKey, ["to"] = row.ToKey, ["props"] = row.Properties };
                return (IReadOnlyDictionary<string, object?>)keys;
            });
            foreach (var batch in Batches(rows, batchSize, $"{type.ToName()} ({from}→{to})", RelationshipMergeStatement(type, from, to), isRelationship: true))
            {
                yield return batch;
            }
        }
    }

    /// <summary>The relationship groups (type and end labels) and how many edges each has.</summary>
    private static Dictionary<(RelationType Type, EntityKind From, EntityKind To), int> EdgeGroups(KnowledgeGraph graph)
    {
        var groups = new Dictionary<(RelationType, EntityKind, EntityKind), int>();
        foreach (var edge in graph.Edges)
        {
            var key = (edge.Type, edge.Source.Kind, edge.Target.Kind);
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }
        return groups;
    }

    /// <summary>How many batches <see cref="Build"/> yields, counted without building a row (for progress before streaming).</summary>
    public static int CountBatches(KnowledgeGraph graph, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        static int Batches(int rows, int size) => (rows + size - 1) / size;
        var count = 0;
        foreach (var kind in EntityKinds.All)
        {
            count += Batches(graph.Nodes.Count(node => node.Kind == kind), batchSize);
        }
        foreach (var rows in EdgeGroups(graph).Values)
        {
            count += Batches(rows, batchSize);
        }
        return count;
    }

    private static IEnumerable<Neo4jBatch> Batches(IEnumerable<IReadOnlyDictionary<string, object?>> rows, int size, string description, string statement, bool isRelationship, bool isDelete = false)
    {
        foreach (var chunk in rows.Chunk(size))
        {
            yield return new Neo4jBatch(description, statement, [.. chunk], isRelationship, isDelete);
        }
    }

    /// <summary>Node properties as in cypher/README.md; null long forms are left out (Neo4j stores no nulls).</summary>
    public static IReadOnlyDictionary<string, object?> NodeProperties(GraphNode node)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (node.IsPaper)
        {
            props["title"] = node.Name;
            props["dates"] = node.Dates.ToArray();
            props["sources"] = node.Sources.ToArray();
            return props;
        }
        props["name"] = node.Name;
        props["aliases"] = node.Aliases.ToArray();
        if (node.LongForm is not null)
        {
            props["long_form"] = node.LongForm;
        }
        props["paper_count"] = node.PaperCount;
        if (node.Kind == EntityKind.Method)
        {
            props["proposed_count"] = node.ProposedCount;
        }
        return props;
    }

    /// <summary>Relationship properties: first mention's evidence on paper edges; weight, PMI, Jaccard and papers on derived ones.</summary>
    public static IReadOnlyDictionary<string, object?> EdgeProperties(GraphEdge edge)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (edge.Evidence.FirstOrDefault() is { } evidence)
        {
            props["field"] = evidence.Field.ToName();
            props["sentence"] = evidence.Sentence;
            props["start"] = evidence.Start;
            props["end"] = evidence.End;
            props["text"] = evidence.Text;
            props["evidence"] = evidence.SentenceText;
            props["mentions"] = edge.Evidence.Length;
        }
        if (!edge.Source.IsPaper && edge.Type != RelationType.IsA)
        {
            props["papers"] = edge.Papers.ToArray();
            props["weight"] = (int)edge.Weight;
        }
        if (edge.Type == RelationType.CoOccurs)
        {
            props["pmi"] = Math.Round(edge.Score, 6);
            var union = edge.Source.PaperCount + edge.Target.PaperCount - edge.Weight;
            props["jaccard"] = union <= 0 ? 0.0 : Math.Round(edge.Weight / union, 6);
        }
        return props;
    }

    private static IReadOnlyDictionary<string, object?> NodeRow(GraphNode node) =>
        new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["key"] = node.Key, ["props"] = NodeProperties(node) };

    private static IReadOnlyDictionary<string, object?> EdgeRow(GraphEdge edge) =>
        new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = edge.Source.Key,
            ["to"] = edge.Target.Key,
            ["props"] = EdgeProperties(edge),
        };
}
