using System.Diagnostics;
using System.Text;

namespace PaperGraph.Tests.TestSupport;

/// <summary>Outside programs the export tests check against (python3 with networkx, Graphviz, node with Chromium).</summary>
internal static class ExternalTools
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Which(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public static bool HasNetworkx { get; } = Which("python3") is not null && Run("python3", ["-c", "import networkx"]).Exit == 0;

    /// <summary>Runs a program to completion; a generous limit only keeps a hung tool from hanging the test run.</summary>
    public static (int Exit, string Out, string Error) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 10 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A fact that needs python3 with networkx; skipped, saying so, where they are missing.</summary>
internal sealed class NetworkxFactAttribute : FactAttribute
{
    public NetworkxFactAttribute()
    {
        if (!ExternalTools.HasNetworkx)
        {
            Skip = "python3 with networkx is not installed (pip install networkx)";
        }
    }
}

/// <summary>A fact that needs Graphviz; skipped, saying so, where dot is missing (.ci/run installs it).</summary>
internal sealed class GraphvizFactAttribute : FactAttribute
{
    public GraphvizFactAttribute()
    {
        if (ExternalTools.Which("dot") is null)
        {
            Skip = "Graphviz 'dot' is not installed (apt-get install graphviz; .ci/run does)";
        }
    }
}

/// <summary>A fact that needs node and Debian's Chromium; skipped, saying so, where either is missing (.ci/run installs both).</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ExternalTools.Which("node") is null || ExternalTools.Which(ExternalTools.Chromium) is null)
        {
            Skip = $"the browser test needs node and {ExternalTools.Chromium} (apt-get install nodejs chromium; .ci/run does)";
        }
        else if (!NodeTools.IsRequired && !Directory.Exists(Path.Combine(Repository.Root, "tools", "browser-test", "node_modules", "playwright-core")))
        {
            // Where CI requires the Node tools the test runs and fails loudly instead (PAPERGRAPH_REQUIRE_NODE_TOOLS=1).
            Skip = "the browser test needs playwright-core: npm ci --prefix tools/browser-test (.ci/run does)";
        }
    }
}
