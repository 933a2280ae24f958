using System.Collections.Immutable;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Persistence;
using PaperGraph.Graph.Storage;
using PaperGraph.Lexicon;
using PaperGraph.Model;

namespace PaperGraph.Graph.Building;

/// <summary>
/// The one place that mutates a graph: papers are added one at a time, then <see cref="Build"/> binds entities
/// across papers and freezes the result.
/// </summary>
/// <remarks>
/// Building is four jobs, one class each: accumulating papers as they arrive (<see cref="PaperAccumulator"/>),
/// merging entities across papers (<see cref="EntityMerging"/>), the taxonomy (<see cref="TaxonomyEdges"/>), and
/// the edges: paper edges (<see cref="PaperEdges"/>), stated relations (<see cref="StatedEdges"/>) and those derived
/// from papers (<see cref="DerivedEdges"/>). This class runs them in order and freezes the result.
/// </remarks>
public sealed class GraphBuilder(EntityLexicon lexicon)
{
    private readonly PaperAccumulator _papers = new(lexicon);
    private readonly ReplayLog _replay = ReplayLog.CreateWritable();
    private bool _built;

    /// <summary>From this many papers on, memory released mid-build is handed back to the system at once (one full collection, about half a second at a million papers, well under 1% of the build).</summary>
    private const int AggressiveCollectionPapers = 50_000;

    public int PaperCount => _papers.PaperCount;

    /// <summary>The user's decisions about entities (docs/curation.md), applied by <see cref="Build"/> after merging across papers.</summary>
    public ImmutableArray<CurationDecision> Curation { get; init; } = [];

    /// <summary>The curation decisions <see cref="Build"/> could not apply (unknown or ambiguous names, conflicts); they are in the graph's diagnostics too.</summary>
    public ImmutableArray<Diagnostic> CurationDiagnostics { get; private set; } = [];

    /// <summary>A problem with the corpus (a line that is no paper, say): kept in the graph and in its replay log, in order with the papers.</summary>
    public void AddDiagnostic(Diagnostic diagnostic)
    {
        _papers.AddDiagnostic(diagnostic);
        _replay.Append(writer => ReplayRecords.WriteDiagnostic(writer, diagnostic), isPaper: false);
    }

    /// <summary>
    /// A problem with this build's settings (the curation file), not with the corpus: kept in the graph but not in its
    /// replay log, since the next incremental build reads its own settings again.
    /// </summary>
    public void AddSettingsDiagnostic(Diagnostic diagnostic) => _papers.AddDiagnostic(diagnostic);

    public void Add(ExtractedPaper extracted)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _papers.Add(extracted);
        _replay.Append(writer => ReplayRecords.WritePaper(writer, extracted), isPaper: true);
    }

    /// <summary>Makes the graph; the builder hands its columns over and cannot be used again.</summary>
    /// <param name="phaseDone">Told the name and duration of each phase as it ends, for profiling large builds.</param>
    /// <param name="cancellationToken">
    /// Checked between phases and inside the loops over papers and entities: on a large corpus this build takes
    /// minutes, and Ctrl-C must stop it there, not after it (<see cref="OperationCanceledException"/>).
    /// </param>
    public KnowledgeGraph Build(Action<string, TimeSpan>? phaseDone = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Done(string phase)
        {
            phaseDone?.Invoke(phase, clock.Elapsed);
            clock.Restart();
            cancellationToken.ThrowIfCancellationRequested();
        }
        cancellationToken.ThrowIfCancellationRequested();
        var keptApart = EntityMerging.KeptApartNames(_papers);
        var curation = new EntityCuration(Curation, _papers, lexicon);
        curation.ResolveKeptApart();
        var (merged, merges) = EntityMerging.MergeAcrossPapers(_papers, curation, cancellationToken);
        merges = merges.AddRange(EntityMerging.ResolveKindsAcrossPapers(_papers, merged, curation));
        var canonical = TaxonomyEdges.AddAncestors(_papers, lexicon, merged);
        Done("merge entities across papers");
        curation.Apply(canonical);
        merges = merges.AddRange(curation.Merges);
        var curationRecords = curation.Records(canonical);
        CurationDiagnostics = curation.Diagnostics;
        _papers.Diagnostics.AddRange(CurationDiagnostics);
        if (!curation.IsEmpty)
        {
            Done("curation");
        }

        // Node ids: papers first, in the order they arrived, then canonical entities in the order first seen.
        var nodeOfEntity = new int[_papers.Entities.Count];
        var entityOfNode = new List<int>();
        for (var e = 0; e < _papers.Entities.Count; e++)
        {
            if (canonical[e] == e && !_papers.Entities[e].Dropped)
            {
                nodeOfEntity[e] = _papers.Papers.Count + entityOfNode.Count;
                entityOfNode.Add(e);
            }
        }
        for (var e = 0; e < _papers.Entities.Count; e++)
        {
            nodeOfEntity[e] = _papers.Entities[canonical[e]].Dropped ? -1 : nodeOfEntity[canonical[e]];
        }
        var nodeCount = _papers.Papers.Count + entityOfNode.Count;

        var edges = _papers.Edges;
        var paperCounts = new int[nodeCount];
        var proposedCounts = new int[nodeCount];
        PaperEdges.Add(_papers, edges, nodeOfEntity, canonical, paperCounts, proposedCounts, cancellationToken);
        Done("paper edges");

        var nodes = ImmutableArray.CreateBuilder<GraphNode>(nodeCount);
        for (var p = 0; p < _papers.Papers.Count; p++)
        {
            var paper = _papers.Papers[p];
            nodes.Add(new GraphNode(p, EntityKind.Paper, paper.Id, paper.Title, [], null, 1, 0, paper.Dates, paper.Sources, null));
        }
        foreach (var e in entityOfNode)
        {
            var entity = _papers.Entities[e];
            var id = nodes.Count;
            var parent = entity.CuratedParent is { } curatedParent
                ? (_papers.Entities[canonical[curatedParent]] is { Dropped: false } parentEntity ? parentEntity.DisplayName : null)
                : entity.ParentName;
            nodes.Add(new GraphNode(id, entity.FinalKind, entity.Key, entity.DisplayName, entity.AliasList(), entity.LongForm,
                paperCounts[id], proposedCounts[id], [], [], parent));
        }
        var nodeArray = nodes.MoveToImmutable();
        Done("nodes");

        TaxonomyEdges.AddIsAEdges(_papers, curation, canonical, edges, entityOfNode, nodeOfEntity);

        StatedEdges.Add(edges, _papers.StatedRelations, (kind, key) => _papers.EntityIndex.TryGetValue((kind, key), out var e) ? nodeOfEntity[e] : -1);
        Done("taxonomy and stated edges");
        // The nodes and the paper and stated edges now hold all the graph needs of the papers and entities; released
        // before the derived edges and the adjacency, the largest allocations still to come, so they can reuse it.
        var paperCount = _papers.Papers.Count;
        _papers.ReleaseWorkingState();
        if (paperCount >= AggressiveCollectionPapers)
        {
            // The collector keeps what it frees committed for the next allocations; a large build's released records
            // (two thirds of a gigabyte at a million papers) would then stay in its peak memory under the columns to come.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        DerivedEdges.Add(edges, nodeArray, paperCount, cancellationToken);
        Done("derived edges");
        var table = edges.ToTable();
        var sentences = _papers.Sentences.ToTable();
        Done("freeze columns");
        _replay.Seal();
        var adjacency = Adjacency.Build(nodeCount, table);
        Done("adjacency");
        return new KnowledgeGraph(nodeArray, table, adjacency, sentences, merges, [.. _papers.Diagnostics])
        {
            CoOccurrenceIsComplete = true, KeptApart = keptApart, Curation = curationRecords, Replay = _replay,
        };
    }
}
