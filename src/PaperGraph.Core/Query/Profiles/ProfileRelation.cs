using PaperGraph.Graph;

namespace PaperGraph.Query.Profiles;

/// <summary>A typed relation of an entity, seen from it: the type, whether it points away, the other end, its weight.</summary>
public sealed record ProfileRelation(RelationType Type, bool Outgoing, GraphNode Other, double Weight);
