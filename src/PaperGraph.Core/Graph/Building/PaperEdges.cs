using PaperGraph.Graph.Storage;

namespace PaperGraph.Graph.Building;

/// <summary>The paper edges of a graph (PROPOSES, USES, EVALUATES_ON, ADDRESSES), once the entities are merged across papers.</summary>
internal static class PaperEdges
{
    /// <summary>
    /// One edge per (paper, entity, relation), in the order the paper mentions them: two surface forms merged across
    /// papers must not double an edge, so their evidence is joined under the first. An entity a curation file dropped
    /// has no node (-1): its links make no edge, and their evidence rows are taken out of the column.
    /// </summary>
    public static void Add(PaperAccumulator accumulated, EdgeTable.Builder edges, int[] nodeOfEntity, int[] canonical, int[] paperCounts, int[] proposedCounts, CancellationToken cancellationToken)
    {
        var lastPaper = new int[paperCounts.Length];
        var lastProposing = new int[paperCounts.Length];
        Array.Fill(lastPaper, -1);
        Array.Fill(lastProposing, -1);
        var groups = new List<(int Node, RelationType Relation)>();
        var members = new List<List<int>>();
        var order = new List<int>();
        // Evidence rows of dropped entities removed so far: every later row moves down by as many.
        var removed = 0;
        for (var p = 0; p < accumulated.Papers.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            groups.Clear();
            var merged = false;
            var removedBefore = removed;
            for (var link = accumulated.PaperLinkStart[p]; link < accumulated.PaperLinkStart[p + 1]; link++)
            {
                var entity = accumulated.LinkEntity[link];
                var relation = accumulated.LinkRelation[link];
                if (nodeOfEntity[entity] < 0)
                {
                    removed += accumulated.LinkEvidenceStart[link + 1] - accumulated.LinkEvidenceStart[link];
                    merged = true;
                    continue;
                }
                if (accumulated.Entities[canonical[entity]].FinalKind != accumulated.Entities[entity].Kind)
                {
                    // The paper's mention joined a node of another kind (EntityMerging.ResolveKindsAcrossPapers): its relation follows.
                    relation = PaperAccumulator.RelationFor(accumulated.Entities[canonical[entity]].FinalKind, relation == RelationType.Proposes);
                }
                var key = (nodeOfEntity[entity], relation);
                var group = groups.IndexOf(key);
                if (group < 0)
                {
                    group = groups.Count;
                    groups.Add(key);
                    if (members.Count <= group)
                    {
                        members.Add([]);
                    }
                    members[group].Clear();
                }
                else
                {
                    merged = true;
                }
                members[group].Add(link);
            }
            var firstRow = accumulated.LinkEvidenceStart[accumulated.PaperLinkStart[p]];
            if (merged || removedBefore > 0)
            {
                // Rare: the links of a merged group are not adjacent, or a dropped entity's rows go, so the rows are
                // regrouped (and moved down past the rows removed) in place.
                order.Clear();
                for (var g = 0; g < groups.Count; g++)
                {
                    foreach (var link in members[g])
                    {
                        for (var row = accumulated.LinkEvidenceStart[link]; row < accumulated.LinkEvidenceStart[link + 1]; row++)
                        {
                            order.Add(row);
                        }
                    }
                }
                firstRow -= removedBefore;
                edges.PermuteEvidence(firstRow, order);
            }
            var end = firstRow;
            for (var g = 0; g < groups.Count; g++)
            {
                var (node, relation) = groups[g];
                var mentions = 0;
                foreach (var link in members[g])
                {
                    mentions += accumulated.LinkEvidenceStart[link + 1] - accumulated.LinkEvidenceStart[link];
                }
                end += mentions;
                edges.AddEdge(p, node, relation, mentions, 0, end);
                if (lastPaper[node] != p)
                {
                    lastPaper[node] = p;
                    paperCounts[node]++;
                }
                if (relation == RelationType.Proposes && lastProposing[node] != p)
                {
                    lastProposing[node] = p;
                    proposedCounts[node]++;
                }
            }
        }
        if (removed > 0)
        {
            edges.TruncateEvidence(edges.EvidenceCount - removed);
        }
        // The links are in the edges now; let them go before the derived edges need room.
        accumulated.LinkEntity.Release();
        accumulated.LinkRelation.Release();
    }
}
