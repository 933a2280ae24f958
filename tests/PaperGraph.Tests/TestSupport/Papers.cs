using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Lexicon;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Builds papers and extracts them with the built-in lexicon.</summary>
internal static class Papers
{
    public static readonly Extractor Extractor = new(LexiconLoader.BuiltIn);

    public static Paper Make(string title, string abstractText, string? id = null) =>
        new(id ?? PaperId.FromTitle(title), title, abstractText, ["Jul 30"], [new PaperSource("test.txt", 1)], []);

    public static ExtractedPaper Extract(string title, string abstractText) => Extractor.Extract(Make(title, abstractText));
}
