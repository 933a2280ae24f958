namespace PaperGraph.Syntax;

/// <summary>The lower-case field names used in every JSON output and graph property ("title", "abstract").</summary>
public static class DocumentFieldNames
{
    public static string ToName(this DocumentField field) => field == DocumentField.Title ? "title" : "abstract";
}
