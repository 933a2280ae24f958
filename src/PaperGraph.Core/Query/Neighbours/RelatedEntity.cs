using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Query.Neighbours;

/// <summary>An entity associated with another: papers in common, PMI, Jaccard, the ranking score and the shared papers.</summary>
public sealed record RelatedEntity(GraphNode Node, int SharedPapers, double Pmi, double Jaccard, double Score, ImmutableArray<string> Papers);
