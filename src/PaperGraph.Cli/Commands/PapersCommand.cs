using System.CommandLine;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Rendering;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Literature;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph papers --task T [--role proposed|used] [--technique X] [--dataset D] [--method M]</c>: the papers on a
/// task and the tasks below it, and the methods they propose or use.
/// </summary>
internal static class PapersCommand
{
    public static Command Create(CliConsole console)
    {
        var task = new Option<string>("--task", "-t") { Description = "The task; papers on narrower tasks (IS_A) count too", Required = true };
        var role = new Option<string?>("--role") { Description = "proposed: only papers that propose a method; used: only papers that use a method or technique" };
        role.CompletionSources.Add("proposed", "used");
        var technique = new Option<string?>("--technique") { Description = "Only papers that use this technique (or a narrower one)" };
        var dataset = new Option<string?>("--dataset") { Description = "Only papers that evaluate on this dataset" };
        var method = new Option<string?>("--method") { Description = "Only papers that propose or use this method" };
        var top = new Option<int>("--top") { Description = "How many papers and methods to list (all with --json)", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var json = CommonOptions.Json();
        var graphOptions = new GraphOptions();
        var command = new Command("papers", "Which papers work on a task (and its subtasks), and which methods they propose or use")
        {
            task, role, technique, dataset, method, top, json,
        };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!TryParseRole(parse.GetValue(role), console, out var paperRole))
            {
                return ExitCodes.Usage;
            }
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            var resolver = new EntityResolver(graph);
            var taskNode = EntityArguments.Resolve(resolver, parse.GetValue(task)!, EntityKind.Task, console);
            var techniqueNode = Optional(parse.GetValue(technique), EntityKind.Technique, resolver, console, out var techniqueFailed);
            var datasetNode = Optional(parse.GetValue(dataset), EntityKind.Dataset, resolver, console, out var datasetFailed);
            var methodNode = Optional(parse.GetValue(method), null, resolver, console, out var methodFailed);
            if (taskNode is null || techniqueFailed || datasetFailed || methodFailed)
            {
                return ExitCodes.Usage;
            }
            var answer = PaperSearch.Find(graph, new PaperQuery(taskNode, paperRole, techniqueNode, datasetNode, methodNode));
            return PapersRenderer.Instance.Render(console, parse.GetValue(json), new PapersRenderer.Listing(answer, parse.GetValue(top)));
        });
        return command;
    }

    private static bool TryParseRole(string? text, CliConsole console, out PaperRole role)
    {
        role = PaperRole.Any;
        switch (text?.ToLowerInvariant())
        {
            case null:
                return true;
            case "proposed" or "proposes" or "propose":
                role = PaperRole.Proposed;
                return true;
            case "used" or "uses" or "use":
                role = PaperRole.Used;
                return true;
            default:
                console.Report(DiagnosticCatalog.UnknownRole, text);
                return false;
        }
    }

    private static GraphNode? Optional(string? name, EntityKind? kind, EntityResolver resolver, CliConsole console, out bool failed)
    {
        failed = false;
        if (name is null)
        {
            return null;
        }
        var node = kind is null ? EntityArguments.ResolvePreferring(resolver, name, EntityKind.Method, console) : EntityArguments.Resolve(resolver, name, kind, console);
        failed = node is null;
        return node;
    }
}
