using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Progress of a long run on stderr: a Spectre.Console bar with count, rate and time remaining, once the total is
/// known (after the corpus's first pass). Silent with --quiet, when stderr is redirected, or when the command writes
/// to another writer (tests).
/// </summary>
internal sealed class Progress
{
    private readonly TextWriter _error;
    private readonly bool _enabled;

    public Progress(TextWriter error, bool quiet)
    {
        _error = error;
        _enabled = !quiet && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    }

    /// <summary>Papers counted so far.</summary>
    public long Count { get; private set; }

    /// <summary>Runs <paramref name="body"/>, giving it a tick to call once per paper.</summary>
    public T Run<T>(string description, Func<int?> total, Func<Action, T> body)
    {
        void Tick() => Count++;
        if (!_enabled)
        {
            return body(Tick);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                task.IsIndeterminate = true;
                var result = body(() =>
                {
                    Tick();
                    if (task.IsIndeterminate && total() is { } known)
                    {
                        task.MaxValue = Math.Max(known, 1);
                        task.IsIndeterminate = false;
                    }
                    task.Value = Count;
                });
                task.Value = task.MaxValue = Math.Max(Count, 1);
                task.StopTask();
                return result;
            });
    }

    /// <summary>"12,345/100,000".</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.IsIndeterminate ? $"{task.Value:N0}" : $"{task.Value:N0}/{task.MaxValue:N0}");
    }

    /// <summary>Papers per second.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } speed ? $"{speed:N0}/s" : "");
    }
}
