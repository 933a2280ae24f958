using System.Diagnostics;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>A rate line on stderr for long runs, redrawn at most a few times a second; silent with --quiet or when stderr is redirected.</summary>
internal sealed class Progress(TextWriter error, bool quiet)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled = !quiet && !Console.IsErrorRedirected;
    private long _count;
    private long _lastDrawMs = -1000;

    public long Count => _count;

    public void Tick()
    {
        _count++;
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDrawMs < 250)
        {
            return;
        }
        _lastDrawMs = _clock.ElapsedMilliseconds;
        var rate = _count / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        error.Write($"\r{_count:N0} papers  {rate:N0}/s   ");
    }

    public void Done(string noun)
    {
        if (_enabled)
        {
            error.WriteLine($"\r{_count:N0} {noun} in {_clock.Elapsed.TotalSeconds:0.0} s        ");
        }
    }
}
