using PaperGraph.Corpus;

namespace PaperGraph.Benchmarks;

/// <summary>The seed papers, found by walking up from the working directory to the repository's seeds/ folder.</summary>
internal static class SeedData
{
    public static IReadOnlyList<Paper> Papers()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "seeds")))
        {
            directory = directory.Parent;
        }
        var seeds = directory is null ? throw new DirectoryNotFoundException("run from inside the repository") : Path.Combine(directory.FullName, "seeds");
        return new CorpusReader([seeds]).ReadPapers().OfType<PaperEntry>().Select(entry => entry.Paper).ToList();
    }
}
