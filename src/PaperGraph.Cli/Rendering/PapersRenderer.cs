using Humanizer;
using PaperGraph.Cli.Commands;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Query.Literature;

namespace PaperGraph.Cli.Rendering;

/// <summary><c>papers --task T</c>: the papers on a task and the tasks below it, and the methods they propose or use.</summary>
internal sealed class PapersRenderer : ResultRenderer<PapersRenderer.Listing>
{
    /// <summary>The answer, and how many papers and methods the text lists (<c>--top</c>; JSON lists all).</summary>
    public sealed record Listing(PaperAnswer Answer, int Top);

    public static PapersRenderer Instance { get; } = new();

    public override void WriteText(TextWriter output, Listing listing)
    {
        var (answer, top) = (listing.Answer, listing.Top);
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

    public override object ToJson(Listing listing)
    {
        var answer = listing.Answer;
        var query = answer.Query;
        return new
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
    }
}
