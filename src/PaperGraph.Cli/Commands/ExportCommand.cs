using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Export.Selection;
using PaperGraph.Diagnostics;
using PaperGraph.Export;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.IO;
using PaperGraph.Model;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph export --format NAME [-o PATH]</c>: writes the graph, or a part of it, with one of the exporters in
/// <see cref="ExporterRegistry"/>.
/// </summary>
internal static class ExportCommand
{
    public const string DefaultName = "graph";

    public static Command Create(CliConsole console)
    {
        var formats = string.Join(", ", ExporterRegistry.All.Select(exporter => exporter.Format));
        var format = new Option<string>("--format", "-f") { Description = $"The export format: {formats}", Required = true };
        format.CompletionSources.Add(ExporterRegistry.All.Select(exporter => exporter.Format).ToArray());
        var output = CommonOptions.Output($"The file (a directory for folder formats) to write; '-' writes a file format to stdout (default: {DefaultName} and the format's extension)");
        var around = new Option<string?>("--around") { Description = "Keep only the entities within --depth hops of this entity" };
        var depth = new Option<int>("--depth") { Description = "Hops from --around", DefaultValueFactory = _ => 1 }.AtLeast(1);
        var kind = EntityArguments.KindOption();
        var kinds = new Option<string?>("--kinds") { Description = "Keep only these kinds, comma-separated: paper, method, dataset, task, technique" };
        var minPapers = new Option<int>("--min-papers") { Description = "Keep only entities found in at least this many papers" }.AtLeast(0);
        var top = new Option<int?>("--top") { Description = "Draw at most N nodes, papers included: the most connected entities and the papers linking to most of them" }.AtLeast(1);
        var all = new Option<bool>("--all") { Description = "Export everything, even above the explorer's readable node limit (html: 5,000)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not say what was written, and show no progress" };
        var progressLines = new Option<bool>("--progress") { Description = "Progress as plain lines on stderr at every tenth, even when stderr is not a terminal (logs, CI); on a terminal a big export shows a bar anyway" };
        var graphOptions = new GraphOptions();
        var command = new Command("export", "Export the graph for Gephi, yEd, Cytoscape, D3, networkx, Graphviz or a browser")
        {
            format, output, around, depth, kind, kinds, minPapers, top, all, quiet, progressLines,
        };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var exporter = ExporterRegistry.Find(parse.GetValue(format)!);
            if (exporter is null)
            {
                console.Report(DiagnosticCatalog.UnknownExportFormat, parse.GetValue(format), formats);
                return ExitCodes.Usage;
            }
            if (!TryParseKinds(parse.GetValue(kinds), console, out var kindList) || !EntityArguments.TryParseKind(parse.GetValue(kind), console, out var aroundKind))
            {
                return ExitCodes.Usage;
            }
            var reporter = new DiagnosticReporter(console.Error);
            var graph = graphOptions.Open(parse, reporter, console);
            if (graph is null)
            {
                return reporter.ExitCode == 0 ? ExitCodes.Usage : reporter.ExitCode;
            }
            GraphNode? centre = null;
            if (parse.GetValue(around) is { } name)
            {
                centre = EntityArguments.Resolve(new EntityResolver(graph), name, aroundKind, console);
                if (centre is null)
                {
                    return ExitCodes.Usage;
                }
            }
            var selection = new SubgraphSelection(centre, parse.GetValue(depth), kindList, parse.GetValue(minPapers), parse.GetValue(top));
            var selected = SubgraphSelector.Select(graph, selection);
            if (exporter.ReadableNodeLimit is { } limit && selected.Nodes.Length > limit && selection.Top is null && !parse.GetValue(all))
            {
                var whole = selected.Nodes.Length;
                selected = SubgraphSelector.Select(graph, selection with { Top = limit });
                console.Error.WriteLine(
                    $"{whole:N0} nodes are more than the {exporter.Format} picture shows readably ({limit:N0}): it keeps the {limit:N0} most connected, " +
                    $"{"entity".ToQuantity(selected.Entities.Count())} and {"paper".ToQuantity(selected.Papers.Count())} linking to most of them; " +
                    "--top N keeps another number, --all keeps everything");
            }
            var quietly = parse.GetValue(quiet);
            var big = selected.Nodes.Length >= 2000;
            if (!quietly && big)
            {
                console.Error.WriteLine($"exporting {"node".ToQuantity(selected.Nodes.Length)} and {"relationship".ToQuantity(selected.Edges.Length)} as {exporter.Format}…");
            }
            var path = parse.GetValue(output) ?? DefaultName + exporter.DefaultExtension;
            // The project's one progress reporter: a bar on a terminal for a big export, lines at every tenth with --progress.
            var progress = new Progress(console.Error, quietly || !(big || parse.GetValue(progressLines)), lines: parse.GetValue(progressLines));
            var steps = exporter.Steps(selected);
            var written = progress.RunSteps($"exporting {exporter.Format}", () => steps, advance => Write(exporter, selected, path, console, advance));
            if (written != ExitCodes.Success)
            {
                return written;
            }
            if (!parse.GetValue(quiet))
            {
                var report = path == "-" ? console.Error : console.Out;
                report.WriteLine($"wrote {(path == "-" ? "stdout" : path)} ({exporter.Format}): {"node".ToQuantity(selected.Nodes.Length)}, {"relationship".ToQuantity(selected.Edges.Length)}");
            }
            reporter.PrintSummary();
            return reporter.ExitCode;
        });
        return command;
    }

    /// <param name="exporter">The format.</param>
    /// <param name="graph">What to write.</param>
    /// <param name="path">The output; "-" is standard output.</param>
    /// <param name="console">Where errors go, and the cancellation (Ctrl-C) that stops the export at its next step.</param>
    /// <param name="progressed">Told the exporter's steps as it makes them.</param>
    internal static int Write(GraphExporter exporter, KnowledgeGraph graph, string path, CliConsole console, Action<long>? progressed = null)
    {
        var run = new ExportRun(progressed, console.Cancellation);
        try
        {
            if (exporter.WritesDirectory)
            {
                if (path == "-")
                {
                    console.Report(DiagnosticCatalog.DirectoryFormatToStandardOutput, exporter.Format);
                    return ExitCodes.Usage;
                }
                if (File.Exists(path) || (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
                {
                    console.Report(DiagnosticCatalog.OutputNotWritable, path, $"{exporter.Format} needs a new or empty directory");
                    return ExitCodes.OutputFailed;
                }
                AtomicDirectory.Write(path, directory => exporter.WriteDirectory(graph, directory, run));
            }
            else if (path == "-" && !console.IsStandardOutput)
            {
                // In-process callers (tests) read what a command printed from its writer.
                using var memory = new MemoryStream();
                exporter.Write(graph, memory, run);
                console.Out.Write(Encoding.UTF8.GetString(memory.ToArray()));
            }
            else
            {
                // "-" streams to standard output as the exporter writes, never held whole in memory.
                AtomicFile.Write(path, stream => exporter.Write(graph, stream, run), cancellationToken: console.Cancellation);
            }
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Report(DiagnosticCatalog.OutputNotWritable, path, exception.Message);
            return ExitCodes.OutputFailed;
        }
    }

    private static bool TryParseKinds(string? text, CliConsole console, out ImmutableArray<EntityKind> kinds)
    {
        kinds = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var list = ImmutableArray.CreateBuilder<EntityKind>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals("paper", StringComparison.OrdinalIgnoreCase) || part.Equals("papers", StringComparison.OrdinalIgnoreCase))
            {
                list.Add(EntityKind.Paper);
            }
            else if (EntityKindNames.TryParse(part, out var entityKind))
            {
                list.Add(entityKind);
            }
            else
            {
                console.Report(DiagnosticCatalog.UnknownKind, part, "--kinds", "paper, method, dataset, task or technique");
                return false;
            }
        }
        kinds = list.ToImmutable();
        return true;
    }
}
