using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Literature;

/// <summary>Answers "which papers on task T …" over the ADDRESSES edges of T and of every task below it (IS_A).</summary>
/// <remarks>
/// A paper counts once, under the nearest task it addresses (the asked task before a narrower one). A technique filter
/// takes narrower techniques too: a paper using DoRA uses parameter-efficient fine-tuning.
/// </remarks>
public static class PaperSearch
{
    public static PaperAnswer Find(KnowledgeGraph graph, PaperQuery query)
    {
        var narrower = Taxonomy.Narrower(graph, query.Task);
        var techniques = query.Technique is null ? null : Taxonomy.Narrower(graph, query.Technique).Add(query.Technique).Select(node => node.Id).ToHashSet();
        var reached = new Dictionary<int, GraphNode>();
        var order = new List<int>();
        foreach (var task in narrower.Insert(0, query.Task))
        {
            var papers = new List<int>();
            foreach (var edge in graph.IncidentEdges(task))
            {
                if (edge.Type == RelationType.Addresses && edge.Source.IsPaper && reached.TryAdd(edge.Source.Id, task))
                {
                    papers.Add(edge.Source.Id);
                }
            }
            papers.Sort();
            order.AddRange(papers);
        }

        var hits = ImmutableArray.CreateBuilder<PaperHit>();
        foreach (var id in order)
        {
            var paper = graph.Nodes[id];
            var proposes = ImmutableArray.CreateBuilder<GraphNode>();
            var uses = ImmutableArray.CreateBuilder<GraphNode>();
            var evaluatesOn = ImmutableArray.CreateBuilder<GraphNode>();
            foreach (var edge in graph.IncidentEdges(paper))
            {
                if (!ReferenceEquals(edge.Source, paper))
                {
                    continue;
                }
                var list = edge.Type switch
                {
                    RelationType.Proposes => proposes,
                    RelationType.Uses => uses,
                    RelationType.EvaluatesOn => evaluatesOn,
                    _ => null,
                };
                if (list is not null && !list.Contains(edge.Target))
                {
                    list.Add(edge.Target);
                }
            }
            var keep = query.Role switch
            {
                PaperRole.Proposed => proposes.Count > 0,
                PaperRole.Used => uses.Count > 0,
                _ => true,
            };
            keep &= techniques is null || uses.Any(node => techniques.Contains(node.Id));
            keep &= query.Dataset is null || evaluatesOn.Contains(query.Dataset);
            keep &= query.Method is null || proposes.Contains(query.Method) || uses.Contains(query.Method);
            if (keep)
            {
                hits.Add(new PaperHit(paper, reached[id], proposes.ToImmutable(), uses.ToImmutable(), evaluatesOn.ToImmutable()));
            }
        }
        return new PaperAnswer(query, narrower, hits.ToImmutable(), CountMethods(hits, query.Role));
    }

    private static ImmutableArray<MethodUse> CountMethods(IEnumerable<PaperHit> hits, PaperRole role)
    {
        var proposed = new Dictionary<GraphNode, int>();
        var used = new Dictionary<GraphNode, int>();
        foreach (var hit in hits)
        {
            if (role != PaperRole.Used)
            {
                foreach (var node in hit.Proposes)
                {
                    proposed[node] = proposed.GetValueOrDefault(node) + 1;
                }
            }
            if (role != PaperRole.Proposed)
            {
                foreach (var node in hit.Uses)
                {
                    used[node] = used.GetValueOrDefault(node) + 1;
                }
            }
        }
        return [.. proposed.Keys.Union(used.Keys)
            .Select(node => new MethodUse(node, proposed.GetValueOrDefault(node), used.GetValueOrDefault(node)))
            .OrderByDescending(use => use.Papers)
            .ThenByDescending(use => use.ProposedIn)
            .ThenBy(use => use.Node.Key, StringComparer.Ordinal)
            .ThenBy(use => use.Node.Kind)];
    }
}
