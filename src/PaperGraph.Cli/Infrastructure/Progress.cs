using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Progress of a long run on stderr: on a terminal, a Spectre.Console bar with count, rate and time remaining once the
/// total is known (after the corpus's first pass, or at once for an export); asked for with <c>--progress</c>, plain
/// lines at every tenth of the way instead, for logs. Silent with --quiet, and otherwise when stderr is redirected or
/// the command writes to another writer (tests).
/// </summary>
/// <remarks>
/// The plain lines are written as the work passes each tenth, from the thread doing it, not by a timer: a log shows
/// the same lines for the same run, and what a test sees does not depend on how fast the machine is.
/// </remarks>
internal sealed class Progress
{
    private readonly TextWriter _error;
    private readonly bool _bar;
    private readonly bool _lines;

    /// <param name="error">Where progress goes (stderr).</param>
    /// <param name="quiet">No progress at all.</param>
    /// <param name="lines">Plain lines even when <paramref name="error"/> is no terminal (<c>--progress</c>).</param>
    public Progress(TextWriter error, bool quiet, bool lines = false)
    {
        _error = error;
        _bar = !quiet && !lines && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
        _lines = !quiet && lines;
    }

    /// <summary>Papers (or steps) counted so far.</summary>
    public long Count { get; private set; }

    /// <summary>Runs <paramref name="body"/>, giving it a tick to call once per paper.</summary>
    public T Run<T>(string description, Func<int?> total, Func<Action, T> body) =>
        RunSteps(description, () => total(), advance => body(() => advance(1)));

    /// <summary>Runs <paramref name="body"/>, giving it an advance to call with the steps done since the last call.</summary>
    public T RunSteps<T>(string description, Func<long?> total, Func<Action<long>, T> body)
    {
        if (_lines)
        {
            return RunWithLines(description, total, body);
        }
        if (!_bar)
        {
            return body(steps => Count += steps);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                task.IsIndeterminate = true;
                var result = body(steps =>
                {
                    Count += steps;
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

    private T RunWithLines<T>(string description, Func<long?> total, Func<Action<long>, T> body)
    {
        var clock = Stopwatch.StartNew();
        var tenths = 0;
        void Line(int percent) =>
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {percent,3}%  {Count:N0} steps, {clock.Elapsed.TotalSeconds:0.0} s"));
        Line(0);
        var result = body(steps =>
        {
            Count += steps;
            if (total() is { } known && known > 0)
            {
                var reached = (int)Math.Min(10, Count * 10 / known);
                if (reached > tenths)
                {
                    tenths = reached;
                    Line(10 * reached);
                }
            }
        });
        if (tenths < 10)
        {
            // The total was an estimate, or the work ended early: the run is done all the same.
            Line(100);
        }
        return result;
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
