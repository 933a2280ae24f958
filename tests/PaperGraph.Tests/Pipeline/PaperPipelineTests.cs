using PaperGraph.Diagnostics;
using PaperGraph.Pipeline;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Pipeline;

public sealed class PaperPipelineTests
{
    [Fact]
    public void A_lexicon_file_with_errors_stops_the_pipeline_before_any_paper_is_read()
    {
        using var temp = new TempDirectory();
        var broken = temp.File("broken.yaml", "version: 1\ntechniques: [unclosed\n");
        var diagnostics = new DiagnosticBag();
        Assert.False(PaperPipeline.TryCreate(PipelineOptions.For(Repository.TwoTopics) with { LexiconFiles = [broken] }, diagnostics, out _));
        Assert.Equal("PG2001", Assert.Single(diagnostics.All).Id);
    }

    [Fact]
    public void Building_from_inputs_without_papers_gives_no_graph_and_says_PG1017()
    {
        using var temp = new TempDirectory();
        var empty = temp.File("empty.jsonl", "");
        var pipeline = PaperPipeline.Create(PipelineOptions.For(empty));
        Assert.Null(pipeline.BuildGraph());
        Assert.Equal(["PG1002", "PG1017"], pipeline.Diagnostics.All.Select(d => d.Id));
    }

    [Fact]
    public void Extraction_streams_the_papers_in_input_order_and_reports_each_problem_as_it_is_found()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("corpus.jsonl", """
            {"title": "First", "abstract": "We fine-tune with LoRA on GLUE."}
            not json
            {"title": "Second", "abstract": "We train with mixup on CIFAR-10."}
            """);
        var seen = new List<string>();
        var pipeline = PaperPipeline.Create(PipelineOptions.For(corpus) with { Model = null }, new DiagnosticBag(problem => seen.Add(problem.Id)));
        var titles = new List<string>();
        foreach (var paper in pipeline.Extract(() => seen.Add("paper")))
        {
            titles.Add(paper.Paper.Title);
        }
        Assert.Equal(["First", "Second"], titles);
        Assert.Equal(["paper", "PG1004", "paper"], seen);
        Assert.Equal(2, pipeline.PaperCount);
    }

    [Fact]
    public void The_graph_the_pipeline_builds_is_the_graph_the_cli_saves()
    {
        using var temp = new TempDirectory();
        var saved = Path.Combine(temp.Path, "two.pgz");
        Assert.Equal(0, CommandLine.Run("build", Repository.TwoTopics, "-o", saved, "-q").Exit);
        var built = PaperPipeline.Create(PipelineOptions.For(Repository.TwoTopics)).BuildGraph()!;
        var inMemory = Path.Combine(temp.Path, "library.pgz");
        PaperGraph.Graph.Persistence.GraphFile.Save(built, inMemory);
        Assert.Equal(File.ReadAllBytes(saved), File.ReadAllBytes(inMemory));
    }
}
