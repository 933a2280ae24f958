using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Diagnostics;
using PaperGraph.Embeddings;
using PaperGraph.Lexicon;
using PaperGraph.Query.Merges;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph merges</c>: the merges the builder made and the candidates it did not make, numbered, each with its
/// reasons, score and papers; <c>--accept N…</c> and <c>--reject N…</c> append the decisions to the curation file
/// that <c>build --curation</c> applies.
/// </summary>
internal static class MergesCommand
{
    public const string DefaultCurationFile = "curation.yaml";

    public static Command Create(CliConsole console)
    {
        var graphOptions = new GraphOptions();
        var json = CommonOptions.Json();
        var kind = new Option<string?>("--kind") { Description = "List only candidates of this kind: " + EntityArguments.KindNames };
        var minScore = new Option<double>("--min-score") { Description = "List only candidates scored at least this (0 to 1)", DefaultValueFactory = _ => 0.0 };
        var top = new Option<int?>("--top") { Description = "List at most this many" };
        var curation = new Option<string?>("--curation") { Description = $"The curation file --accept and --reject append to (default: {DefaultCurationFile} beside the graph)" };
        var accept = new Option<int[]>("--accept") { Description = "Accept these candidates: append '- merge: [A, B]' lines to the curation file", AllowMultipleArgumentsPerToken = true };
        var reject = new Option<int[]>("--reject") { Description = "Reject these candidates (or merges the builder made): append '- keep-apart: [A, B]' lines", AllowMultipleArgumentsPerToken = true };
        var noEmbeddings = new Option<bool>("--no-embeddings") { Description = "Skip the 'same meaning in other words' candidates (sentence embeddings)" };
        var embedLimit = new Option<int>("--embed-limit") { Description = "Embed at most this many names of each kind, the most-mentioned first", DefaultValueFactory = _ => 2000 };
        var quiet = CommonOptions.Quiet();
        var command = new Command("merges", "Review entity merges: those the builder made and candidates it did not, to accept or reject")
        {
            json, kind, minScore, top, curation, accept, reject, noEmbeddings, embedLimit, quiet,
        };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!EntityArguments.TryParseKind(parse.GetValue(kind), console, out var nodeKind))
            {
                return ExitCodes.Usage;
            }
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var reporter = new DiagnosticReporter(console.Error);
            var (lexicon, lexiconDiagnostics) = LexiconLoader.Load(parse.GetValue(graphOptions.Lexicon) ?? []);
            reporter.ReportAll(lexiconDiagnostics);
            if (reporter.ErrorCount > 0)
            {
                reporter.PrintSummary();
                return reporter.ExitCode;
            }
            var quietly = parse.GetValue(quiet);
            var generators = MergeReview.StandardGenerators.ToList();
            MiniLmEmbedder? embedder = null;
            if (!parse.GetValue(noEmbeddings))
            {
                embedder = MiniLmEmbedder.TryLoad(out var problem);
                if (embedder is null)
                {
                    console.Report(DiagnosticCatalog.EmbeddingsUnavailable, problem);
                }
                else
                {
                    generators.Add(new EmbeddingCandidates(embedder, Math.Max(0, parse.GetValue(embedLimit)))
                    {
                        Progress = quietly ? null : (done, total) =>
                        {
                            if (done == total || done % 1024 == 0)
                            {
                                console.Error.WriteLine($"merges: embedded {done:N0} of {total:N0} names");
                            }
                        },
                    });
                }
            }
            using (embedder)
            {
                var all = MergeReview.List(new MergeScope(graph, lexicon, console.Cancellation), generators, quietly ? null : (name, count, elapsed) =>
                    console.Error.WriteLine($"merges: {name}: {count:N0} pairs in {elapsed.TotalSeconds:0.0} s"));
                var accepted = parse.GetValue(accept) ?? [];
                var rejected = parse.GetValue(reject) ?? [];
                if (accepted.Length + rejected.Length > 0)
                {
                    return Decide(console, graph, all, accepted, rejected, CurationPath(parse.GetValue(curation), parse.GetValue(graphOptions.Graph)));
                }
                var listed = MergeReview.Filter(all, nodeKind, parse.GetValue(minScore), parse.GetValue(top));
                return MergesRenderer.Instance.Render(console, parse.GetValue(json), new MergesRenderer.Listing(graph, listed, all.Length, embedder is not null));
            }
        });
        return command;
    }

    /// <summary>The curation file: --curation, else curation.yaml in the graph file's folder (the current one for --input).</summary>
    internal static string CurationPath(string? curation, string? graphPath) =>
        curation ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(graphPath ?? GraphSource.DefaultGraph)) ?? ".", DefaultCurationFile);

    private static int Decide(CliConsole console, Graph.KnowledgeGraph graph, IReadOnlyList<MergeCandidate> all, int[] accepted, int[] rejected, string path)
    {
        // Every number is checked before a line is written: one unknown number and the file is left as it was.
        foreach (var number in accepted.Concat(rejected))
        {
            if (number < 1 || number > all.Count)
            {
                console.Report(DiagnosticCatalog.UnknownMergeCandidate, number, $"1 to {all.Count}", path);
                return ExitCodes.Usage;
            }
        }
        var resolver = new EntityResolver(graph);
        var lines = accepted.Select(number => CurationLine.Accept(all[number - 1], resolver))
            .Concat(rejected.Select(number => CurationLine.Reject(all[number - 1], resolver)))
            .ToList();
        try
        {
            CurationFileAppender.Append(path, lines, console.Cancellation);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Report(DiagnosticCatalog.OutputNotWritable, path, exception.Message);
            return ExitCodes.OutputFailed;
        }
        foreach (var line in lines)
        {
            console.Out.WriteLine(line);
        }
        console.Error.WriteLine($"merges: appended {lines.Count} decision(s) to {path}; apply them with papergraph build --curation {path}");
        return ExitCodes.Success;
    }
}
