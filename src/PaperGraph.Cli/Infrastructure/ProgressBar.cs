namespace PaperGraph.Cli.Infrastructure;

/// <summary>A one-line progress bar on stderr, redrawn in place; silent with --quiet or when stderr is redirected.</summary>
internal sealed class ProgressBar(TextWriter error, bool quiet)
{
    private const int Width = 30;
    private readonly bool _enabled = !quiet && !Console.IsErrorRedirected;

    public void Draw(int done, int total, string label)
    {
        if (!_enabled || total <= 0)
        {
            return;
        }
        var filled = (int)Math.Round(Width * (double)done / total);
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} batches  {label,-40}");
    }

    public void Finish()
    {
        if (_enabled)
        {
            error.WriteLine();
        }
    }
}
