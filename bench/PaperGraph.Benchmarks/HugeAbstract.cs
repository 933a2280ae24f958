using System.Diagnostics;
using System.Text;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Extraction;
using PaperGraph.Learning;
using PaperGraph.Lexicon;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Benchmarks;

/// <summary>
/// One extraction of a single abstract of N megabytes (the seed abstracts repeated), each stage timed once: the
/// figure for how extraction grows with an abstract's length past the reader's cap (PG1012), which the CLI never
/// lets through. <c>huge-abstract MB [--no-model] [--one-sentence] [--json FILE]</c>; run under <c>/usr/bin/time -v</c> for the peak memory.
/// </summary>
/// <remarks>A one-shot run, not a BenchmarkDotNet job: a 16 MB abstract takes seconds, and repeating it says nothing new.</remarks>
internal static class HugeAbstract
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var model = args.Contains("--no-model") ? null : ExtractionModel.BuiltIn;
        var paper = Make(megabytes);
        if (args.Contains("--one-sentence"))
        {
            // The worst layout for the stages that look at a whole sentence: no sentence ends at all.
            paper = paper with { Abstract = paper.Abstract.Replace(". ", "; ", StringComparison.Ordinal).Replace("? ", "; ", StringComparison.Ordinal).Replace("! ", "; ", StringComparison.Ordinal) };
        }
        Console.WriteLine($"abstract: {paper.Abstract.Length:N0} characters; model: {(model is null ? "off" : "on")}");

        var total = Stopwatch.StartNew();
        var document = Time("parse", () => Document.Parse(paper));
        var acronyms = Time("acronyms", () => AcronymDetector.Detect(document));
        var context = new RecognitionContext(document, LexiconLoader.BuiltIn, acronyms, model);
        foreach (var recognizer in RecognizerRegistry.BuiltIn)
        {
            context.CurrentRecognizerId = recognizer.Id;
            Time("recognizer " + recognizer.Id, () => { recognizer.Recognize(context); return 0; });
        }
        var candidates = Time("junk filter", () => JunkFilter.Filter(document, context.Candidates));
        if (model is not null)
        {
            candidates = Time("decision", () => model.Decide(context.Facts, candidates));
        }
        var (entities, _) = Time("binder", () => Binder.Bind(document, acronyms, candidates));
        var relations = Time("stated relations", () => StatedRelations.Find(document, entities));
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F2} s: {candidates.Length:N0} candidates, {entities.Length:N0} entities, {relations.Length:N0} relations");
        if (Array.IndexOf(args, "--json") is var at and >= 0 && at + 1 < args.Length)
        {
            // The extract output of the same paper by the real pipeline: a change to a stage must leave it byte for byte.
            using var output = File.Create(args[at + 1]);
            ExtractionJsonWriter.WriteLine(output, new Extractor(LexiconLoader.BuiltIn, model: model).Extract(paper));
        }
        return 0;
    }

    /// <summary>The seed abstracts, in order and repeated, until the text has the given size.</summary>
    public static Paper Make(double megabytes)
    {
        var seeds = SeedData.Papers();
        var target = (int)(megabytes * 1024 * 1024);
        var text = new StringBuilder(target + 4096);
        for (var i = 0; text.Length < target; i++)
        {
            text.Append(seeds[i % seeds.Count].Abstract).Append(' ');
        }
        return seeds[0] with { Abstract = text.ToString(0, target).TrimEnd() };
    }

    private static T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        Console.WriteLine($"  {stage,-28} {watch.Elapsed.TotalSeconds,8:F2} s");
        return result;
    }
}
