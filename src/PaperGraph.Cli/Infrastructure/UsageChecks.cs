namespace PaperGraph.Cli.Infrastructure;

/// <summary>Option values that cannot mean anything (--k 0, --depth 0) are usage errors, said on stderr, not silently mended.</summary>
internal static class UsageChecks
{
    public static bool AtLeast(CliConsole console, string option, int value, int minimum)
    {
        if (value >= minimum)
        {
            return true;
        }
        console.Error.WriteLine($"error: {option} must be at least {minimum} (got {value})");
        return false;
    }
}
