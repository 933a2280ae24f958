namespace PaperGraph.Graph;

/// <summary>Upper-snake names of relationship types, as in Neo4j ("EVALUATES_ON").</summary>
public static class RelationTypeNames
{
    public static string ToName(this RelationType type) => type switch
    {
        RelationType.Proposes => "PROPOSES",
        RelationType.Uses => "USES",
        RelationType.EvaluatesOn => "EVALUATES_ON",
        RelationType.Addresses => "ADDRESSES",
        RelationType.IsA => "IS_A",
        RelationType.CoOccurs => "CO_OCCURS",
        RelationType.Applies => "APPLIES",
        RelationType.EvaluatedOn => "EVALUATED_ON",
        RelationType.PartOf => "PART_OF",
        RelationType.ComparedWith => "COMPARED_WITH",
        RelationType.Extends => "EXTENDS",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string name, out RelationType type)
    {
        foreach (var candidate in Enum.GetValues<RelationType>())
        {
            if (candidate.ToName() == name)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
