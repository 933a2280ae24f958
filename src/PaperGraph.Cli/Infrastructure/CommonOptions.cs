using System.CommandLine;
using PaperGraph.Corpus;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Options shared by several verbs, each created fresh per command.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs(string description = "Input files, directories or globs (seed pages, arXiv JSONL, plain JSONL)") => new("inputs")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string[]> InputOption() => new("--input", "-i")
    {
        Description = "Build the graph on the fly from these inputs (repeatable: files, directories, globs)",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string?> Graph() => new("--graph", "-g")
    {
        Description = "A graph file saved by 'papergraph build' (default: ./papergraph.pgz when it exists and no --input is given)",
    };

    public static Option<InputFormat> InputFormat() => new("--input-format")
    {
        Description = "Input layout; auto tells seed pages and JSON lines apart by content",
        DefaultValueFactory = _ => Corpus.InputFormat.Auto,
    };

    public static Option<string[]> Lexicon() => new("--lexicon")
    {
        Description = "Extra lexicon YAML files (docs/lexicon.md), added to the built-in ones",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for scripts instead of text for people" };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Extraction threads (default: all cores); output order does not depend on it",
        DefaultValueFactory = _ => 0,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress on stderr" };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Also print informational diagnostics and, for build, how long each phase took" };
}
