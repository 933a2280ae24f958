namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// A fact that reads a file of the shared folder beside the clone (../shared): skipped, saying which file, where the
/// folder is not there (a clone on its own), rather than passing without having read anything.
/// </summary>
internal sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string fileName)
    {
        if (!File.Exists(Repository.Shared(fileName)))
        {
            Skip = $"../shared/{fileName} is not beside the clone: nothing to read";
        }
    }
}
