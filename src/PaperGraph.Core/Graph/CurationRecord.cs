using System.Collections.Immutable;
using PaperGraph.Curation;

namespace PaperGraph.Graph;

/// <summary>
/// A decision of a curation file that the build applied: what it did (<paramref name="Detail"/>, for people), the
/// nodes it is about, and where it is written ("curation.yaml line 12"), so <c>show</c> and <c>stats</c> can say
/// "merged by curation.yaml line 12" and a reader of the graph can tell the user's decisions from the builder's.
/// </summary>
public sealed record CurationRecord(CurationDecisionKind Decision, ImmutableArray<CuratedNode> Nodes, string Detail, string Source)
{
    public bool IsAbout(GraphNode node) => Nodes.Any(curated => curated.Kind == node.Kind && curated.Key == node.Key);

    /// <summary>"merged by curation.yaml line 12: low-rank adaptation joined LoRA".</summary>
    public override string ToString() => $"{Decision.ToPastTense()} by {Source}: {Detail}";
}
