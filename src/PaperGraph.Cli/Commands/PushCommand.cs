using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;
using PaperGraph.Graph.Persistence;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph push</c>: loads the graph into Neo4j over the HTTP Query API. The password comes from
/// NEO4J_PASSWORD or a prompt; there is deliberately no option for it.
/// </summary>
internal static class PushCommand
{
    public static Command Create(CliConsole console, Func<string?>? readPassword = null)
    {
        var graphOptions = new GraphOptions();
        var uri = new Option<string>("--uri") { Description = "Neo4j HTTP address", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_URI") ?? "http://localhost:7474" };
        var database = new Option<string>("--database") { Description = "Database name", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j" };
        var user = new Option<string>("--user") { Description = "User name (password: NEO4J_PASSWORD or a prompt)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 500 }.AtLeast(1);
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take before it is retried like a transient error", DefaultValueFactory = _ => 30 };
        var insecure = new Option<bool>("--insecure") { Description = "Allow http:// to a host that is not this machine (the password then crosses the network unencrypted)" };
        var since = new Option<string?>("--since") { Description = "A saved graph already in Neo4j: send only what changed since it (MERGE new and changed, delete what went away)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --since: print what the delta would send, without connecting" };
        var quiet = CommonOptions.Quiet();
        var command = new Command("push", "Load the graph into Neo4j over its HTTP Query API (schema first, then batched MERGE)") { uri, database, user, batchSize, timeout, insecure, since, dryRun, quiet };
        graphOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!Uri.TryCreate(parse.GetValue(uri), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                console.Report(DiagnosticCatalog.InvalidOptionValue, "--uri", $"an http:// or https:// address, not '{parse.GetValue(uri)}'");
                return ExitCodes.Usage;
            }
            if (address.UserInfo.Length > 0)
            {
                var who = address.UserInfo.Split(':')[0];
                console.Report(DiagnosticCatalog.Neo4jCredentialsInUri, who);
                return ExitCodes.Usage;
            }
            if (address.Scheme == "http" && !address.IsLoopback && !parse.GetValue(insecure))
            {
                console.Report(DiagnosticCatalog.Neo4jClearTextRefused, address.Host);
                return ExitCodes.Usage;
            }
            if (!(parse.GetValue(timeout) > 0))
            {
                console.Report(DiagnosticCatalog.InvalidOptionValue, "--timeout", "a positive number of seconds");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(batchSize) < 1)
            {
                console.Report(DiagnosticCatalog.InvalidOptionValue, "--batch-size", "at least 1");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(dryRun) && parse.GetValue(since) is null)
            {
                console.Report(DiagnosticCatalog.InvalidOptionValue, "--dry-run", "used with --since OLD.pgz");
                return ExitCodes.Usage;
            }
            // The old graph is read before anything is sent: a --since that is not a graph file sends nothing.
            GraphDelta? delta = null;
            KnowledgeGraph? old = null;
            if (parse.GetValue(since) is { } sincePath)
            {
                var (loaded, problem) = GraphFile.TryLoad(sincePath);
                if (problem is not null || loaded is null)
                {
                    var reporter = new DiagnosticReporter(console.Error);
                    if (problem is not null)
                    {
                        reporter.Report(problem);
                    }
                    return reporter.ExitCode == 0 ? ExitCodes.InputErrors : reporter.ExitCode;
                }
                old = loaded;
            }
            if (parse.GetValue(dryRun))
            {
                if (!graphOptions.TryOpen(parse, console, out var current, out var openExit))
                {
                    return openExit;
                }
                delta = GraphDelta.Between(old!, current);
                var statements = Neo4jSchema.Statements.Length + Neo4jStatementPlan.BuildDelta(delta, parse.GetValue(batchSize)).Count();
                console.Out.WriteLine($"dry run, nothing sent: {Summary(delta)}; {statements} statements");
                return ExitCodes.Success;
            }
            var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? (readPassword ?? PromptForPassword)();
            if (string.IsNullOrEmpty(password))
            {
                console.Report(DiagnosticCatalog.Neo4jPasswordMissing);
                return ExitCodes.Usage;
            }
            if (!graphOptions.TryOpen(parse, console, out var graph, out var exitCode))
            {
                return exitCode;
            }
            if (old is not null)
            {
                delta = GraphDelta.Between(old, graph);
            }

            var connection = new Neo4jConnection(address, parse.GetValue(database)!, parse.GetValue(user)!, password);
            // A server that is not there is known in a second or two: the connect timeout is short, the request one is --timeout.
            var requestTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout));
            using var handler = new SocketsHttpHandler { ConnectTimeout = requestTimeout < TimeSpan.FromSeconds(2) ? requestTimeout : TimeSpan.FromSeconds(2) };
            using var http = new HttpClient(handler) { Timeout = requestTimeout };
            var options = new PushOptions(parse.GetValue(batchSize));
            var pusher = new Neo4jPusher(new Neo4jHttpClient(http, connection), options);
            var bar = new ProgressBar(console.Error, parse.GetValue(quiet));
            // Retries are said even with --quiet: a push that waits should say why.
            var retries = new SynchronousProgress<PushRetry>(retry => console.Error.WriteLine(
                $"{(retry.Error.IsUnreachable ? $"cannot reach Neo4j at {address}" : $"Neo4j answered {retry.Error}")} ({(retry.Error.IsUnreachable ? retry.Error.Message : retry.Description)}); " +
                $"retry {retry.NextAttempt - 1} of {retry.MaxAttempts - 1} in {retry.Delay.TotalSeconds:0.##} s"));
            var drawn = new SynchronousProgress<PushProgress>(p => bar.Draw(p.Done, p.Total, p.Description));
            var result = (delta is null ? pusher.PushAsync(graph, drawn, retries) : pusher.PushDeltaAsync(delta, drawn, retries)).GetAwaiter().GetResult();
            bar.Finish();

            if (result.Failure is { IsUnreachable: true } unreachable && result.BatchesWritten == 0)
            {
                console.Report(DiagnosticCatalog.Neo4jUnreachable, address, unreachable.Message, options.MaxConnectRetries + 1);
                return ExitCodes.InputErrors;
            }
            if (result.Failure is { } failure)
            {
                var diagnostic = failure.IsAuthentication
                    ? Diagnostic.Create(DiagnosticCatalog.Neo4jAuthenticationFailed, Location.None, connection.ToString(), failure.ToString())
                    : Diagnostic.Create(DiagnosticCatalog.PushFailed, Location.None, result.FailedBatch, result.TotalBatches, result.FailedBatchDescription, failure.ToString());
                console.Report(diagnostic);
                return ExitCodes.InputErrors;
            }
            if (delta is not null)
            {
                console.Out.WriteLine(
                    $"pushed the changes since {parse.GetValue(since)} in {result.BatchesWritten} statements to {connection}: {Summary(delta)}" +
                    $"{(result.Retries > 0 ? $" ({result.Retries} retries)" : "")}{(result.UsedTransactionalEndpoint ? ", via the transactional endpoint" : "")}");
                return ExitCodes.Success;
            }
            console.Out.WriteLine(
                $"pushed {result.BatchesWritten} statements to {connection}: {result.NodesMerged} nodes and {result.RelationshipsMerged} relationships merged " +
                $"({result.NodesCreated} nodes and {result.RelationshipsCreated} relationships created{(result.Retries > 0 ? $", {result.Retries} retries" : "")}" +
                $"{(result.UsedTransactionalEndpoint ? ", via the transactional endpoint" : "")})");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The delta's counts per category, for people.</summary>
    private static string Summary(GraphDelta delta) =>
        $"nodes {delta.AddedNodes.Length} added, {delta.ChangedNodes.Length} changed, {delta.RemovedNodes.Length} removed; " +
        $"relationships {delta.AddedRelationships.Length} added, {delta.ChangedRelationships.Length} changed, {delta.RemovedRelationships.Length} removed";

    /// <summary>Reads the password without echo, only when a person is at the terminal.</summary>
    private static string? PromptForPassword()
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }
        Console.Error.Write("Neo4j password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
                continue;
            }
            password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
