using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Corpus;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Cli.Commands;

/// <summary>The options every graph-consuming verb shares: --graph or --input (with format and lexicons).</summary>
internal sealed class GraphOptions
{
    public Option<string?> Graph { get; } = CommonOptions.Graph();
    public Option<string[]> Input { get; } = CommonOptions.InputOption();
    public Option<InputFormat> Format { get; } = CommonOptions.InputFormat();
    public Option<string[]> Lexicon { get; } = CommonOptions.Lexicon();

    public void AddTo(Command command)
    {
        command.Options.Add(Graph);
        command.Options.Add(Input);
        command.Options.Add(Format);
        command.Options.Add(Lexicon);
    }

    /// <summary>Opens the graph, or says why not (on stderr) and gives the exit code to return.</summary>
    public bool TryOpen(ParseResult parse, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnowledgeGraph? graph, out int exitCode)
    {
        var reporter = new DiagnosticReporter(console.Error);
        graph = Open(parse, reporter, console);
        exitCode = ExitCodeOf(graph is not null, reporter);
        return graph is not null;
    }

    /// <summary>
    /// The start of every entity query: parse --kind, open the graph, resolve the named entities. On failure it has
    /// said why on stderr and gives the exit code (2 for a bad kind or an unknown name).
    /// </summary>
    public bool TryOpenFor(
        ParseResult parse, CliConsole console, Option<string?> kind, IReadOnlyList<Argument<string>> names,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnowledgeGraph? graph, out GraphNode[] nodes, out EntityKind? nodeKind, out int exitCode)
    {
        nodes = [];
        graph = null;
        if (!EntityArguments.TryParseKind(parse.GetValue(kind), console, out nodeKind))
        {
            exitCode = ExitCodes.Usage;
            return false;
        }
        if (!TryOpen(parse, console, out var opened, out exitCode))
        {
            return false;
        }
        if (!EntityArguments.TryResolve(opened, names.Select(name => parse.GetValue(name)!).ToList(), nodeKind, console, out nodes))
        {
            exitCode = ExitCodes.Usage;
            return false;
        }
        graph = opened;
        return true;
    }

    /// <summary>What <c>stats</c> counts (<see cref="GraphSource.OpenCensus"/>), or says why not and gives the exit code to return.</summary>
    public bool TryOpenCensus(ParseResult parse, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphCensus? census, out int exitCode)
    {
        var reporter = new DiagnosticReporter(console.Error);
        census = GraphSource.OpenCensus(parse.GetValue(Graph), parse.GetValue(Input) ?? [], parse.GetValue(Format), parse.GetValue(Lexicon) ?? [], reporter, console.Error, console.Cancellation);
        exitCode = ExitCodeOf(census is not null, reporter);
        return census is not null;
    }

    /// <summary>Success when the graph opened; else the code of what was reported, or a usage error when it was said without a diagnostic (both --graph and --input, no graph at all).</summary>
    private static int ExitCodeOf(bool opened, DiagnosticReporter reporter) =>
        opened ? ExitCodes.Success : reporter.ExitCode == 0 ? ExitCodes.Usage : reporter.ExitCode;

    public KnowledgeGraph? Open(ParseResult parse, DiagnosticReporter reporter, CliConsole console) =>
        GraphSource.Open(parse.GetValue(Graph), parse.GetValue(Input) ?? [], parse.GetValue(Format), parse.GetValue(Lexicon) ?? [], reporter, console.Error, console.Cancellation);
}
