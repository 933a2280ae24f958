using System.CommandLine;
using System.Text.Json;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Query.Literature;

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
            var taskNode = EntityArguments.Resolve(resolver, parse.GetValue(task)!, NodeKind.Task, console);
            var techniqueNode = Optional(parse.GetValue(technique), NodeKind.Technique, resolver, console, out var techniqueFailed);
            var datasetNode = Optional(parse.GetValue(dataset), NodeKind.Dataset, resolver, console, out var datasetFailed);
            var methodNode = Optional(parse.GetValue(method), null, resolver, console, out var methodFailed);
            if (taskNode is null || techniqueFailed || datasetFailed || methodFailed)
            {
                return ExitCodes.Usage;
            }
            var answer = PaperSearch.Find(graph, new PaperQuery(taskNode, paperRole, techniqueNode, datasetNode, methodNode));
            if (parse.GetValue(json))
            {
                WriteJson(console.Out, answer);
            }
            else
            {
                WriteText(console.Out, answer, parse.GetValue(top));
            }
            return ExitCodes.Success;
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

    private static GraphNode? Optional(string? name, NodeKind? kind, EntityResolver resolver, CliConsole console, out bool failed)
    {
        failed = false;
        if (name is null)
        {
            return null;
        }
        var node = kind is null ? EntityArguments.ResolvePreferring(resolver, name, NodeKind.Method, console) : EntityArguments.Resolve(resolver, name, kind, console);
        failed = node is null;
        return node;
    }

    private static void WriteText(TextWriter output, PaperAnswer answer, int top)
    {
        var query = answer.Query;
        var below = answer.NarrowerTasks.IsEmpty
            ? ""
            : $" and {"narrower task".ToQuantity(answer.NarrowerTasks.Length)} ({string.Join(", ", answer.NarrowerTasks.Take(5).Select(node => node.Name))}{(answer.NarrowerTasks.Length > 5 ? ", …" : "")})";
        var filters = new List<string>();
        if (query.Role == PaperRole.Proposed)
        {
            filters.Add("proposing a method");
        }
        else if (query.Role == PaperRole.Used)
        {
            filters.Add("using a method or technique");
        }
        if (query.Technique is { } technique)
        {
            filters.Add($"using {technique.Name} or a narrower technique");
        }
        if (query.Dataset is { } dataset)
        {
            filters.Add($"evaluating on {dataset.Name}");
        }
        if (query.Method is { } method)
        {
            filters.Add($"proposing or using {method.Name}");
        }
        var which = filters.Count == 0 ? "" : " " + string.Join(", ", filters);
        output.WriteLine($"Papers on {NodeText.Describe(query.Task)}{below}{which}: {answer.Papers.Length}");
        foreach (var hit in answer.Papers.Take(top))
        {
            var dates = hit.Paper.Dates.IsEmpty ? "" : $"  ({string.Join(", ", hit.Paper.Dates)})";
            output.WriteLine($"  {NodeText.Paper(hit.Paper)}{dates}");
            if (!ReferenceEquals(hit.Task, query.Task))
            {
                output.WriteLine($"      task: {hit.Task.Name} (under {query.Task.Name})");
            }
            WriteList(output, "proposes", hit.Proposes);
            WriteList(output, "uses", hit.Uses);
            WriteList(output, "evaluates on", hit.EvaluatesOn);
        }
        if (answer.Papers.Length > top)
        {
            output.WriteLine($"  … {answer.Papers.Length - top} more (--top, --json)");
        }
        if (answer.Methods.IsEmpty)
        {
            return;
        }
        var what = query.Role switch
        {
            PaperRole.Proposed => "Methods proposed",
            PaperRole.Used => "Methods and techniques used",
            _ => "Methods and techniques proposed or used",
        };
        output.WriteLine();
        output.WriteLine($"{what} for {query.Task.Name} (papers):");
        output.WriteLine("  proposed   used  entity");
        foreach (var use in answer.Methods.Take(top))
        {
            output.WriteLine($"  {use.ProposedIn,8} {use.UsedIn,6}  {NodeText.Describe(use.Node)}");
        }
        if (answer.Methods.Length > top)
        {
            output.WriteLine($"  … {answer.Methods.Length - top} more (--top, --json)");
        }
    }

    private static void WriteList(TextWriter output, string label, IReadOnlyList<GraphNode> nodes)
    {
        if (nodes.Count > 0)
        {
            output.WriteLine($"      {label}: {string.Join(", ", nodes.Select(NodeText.Describe))}");
        }
    }

    private static void WriteJson(TextWriter output, PaperAnswer answer)
    {
        var query = answer.Query;
        var payload = new
        {
            task = NodeJson.From(query.Task),
            narrower_tasks = answer.NarrowerTasks.Select(NodeJson.From),
            role = query.Role switch { PaperRole.Proposed => "proposed", PaperRole.Used => "used", _ => "any" },
            technique = query.Technique is null ? null : NodeJson.From(query.Technique),
            dataset = query.Dataset is null ? null : NodeJson.From(query.Dataset),
            method = query.Method is null ? null : NodeJson.From(query.Method),
            paper_count = answer.Papers.Length,
            papers = answer.Papers.Select(hit => new
            {
                kind = "paper",
                key = hit.Paper.Key,
                name = hit.Paper.Name,
                dates = hit.Paper.Dates,
                task = NodeJson.From(hit.Task),
                proposes = hit.Proposes.Select(NodeJson.From),
                uses = hit.Uses.Select(NodeJson.From),
                evaluates_on = hit.EvaluatesOn.Select(NodeJson.From),
            }),
            methods = answer.Methods.Select(use => new
            {
                kind = NodeText.Kind(use.Node),
                key = use.Node.Key,
                name = use.Node.Name,
                proposed_in = use.ProposedIn,
                used_in = use.UsedIn,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, JsonOutput.Options));
    }
}
