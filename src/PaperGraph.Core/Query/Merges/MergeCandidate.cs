using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Query.Merges;

/// <summary>
/// Two names of one kind that may be one entity: a merge the builder made (<see cref="Made"/>, the second name is then
/// an alias of <see cref="Left"/>, not a node) or one it did not make, with why it is proposed and how sure.
/// </summary>
/// <param name="Number">The candidate's number in the full listing of its graph and options (1-based); what --accept and --reject take.</param>
/// <param name="Kind">The kind of both names.</param>
/// <param name="Left">The node the other would become an alias of: the one more papers name.</param>
/// <param name="Right">The other node; null for a merge the builder made, whose other name lives on only as an alias.</param>
/// <param name="RightName">The other name as a curation file writes it: the node's name, or the merged key.</param>
/// <param name="Reason">Every reason found for the pair, most telling first, joined by "; ".</param>
/// <param name="Score">How likely the two are one entity, in [0, 1].</param>
/// <param name="Made">The builder made this merge; the rest are candidates it did not make.</param>
public sealed record MergeCandidate(
    int Number, EntityKind Kind, GraphNode Left, GraphNode? Right, string RightName, string Reason, double Score, bool Made);
