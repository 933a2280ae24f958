using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Builds papers and extracts them with the built-in lexicon (without the model, as the rule tests expect).</summary>
internal static class Papers
{
    public static readonly Extractor Extractor = new(LexiconLoader.BuiltIn);

    /// <summary>The pipeline the tests' hand-made papers go through: built-in lexicons, no model.</summary>
    public static readonly PaperPipeline Pipeline = PaperPipeline.Create(new PipelineOptions { Model = null });

    public static Paper Make(string title, string abstractText, string? id = null) =>
        new(id ?? PaperId.FromTitle(title), title, abstractText, ["Jul 30"], [new PaperSource("test.txt", 1)], []);

    public static ExtractedPaper Extract(string title, string abstractText) => Pipeline.Extract(Make(title, abstractText));

    /// <summary>The graph of papers given as (title, abstract).</summary>
    public static KnowledgeGraph Graph(params (string Title, string Abstract)[] papers) =>
        Pipeline.BuildGraph(papers.Select(paper => Extract(paper.Title, paper.Abstract)));
}
