using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph.Persistence;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.IO;
using PaperGraph.Query.Neighbours;
using PaperGraph.Query.Paths;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph bench --graph FILE</c>: whole-graph figures for scale work: load time, then p50/p99 latency of
/// path, neighbors and related over deterministic random entities. Writes the query pairs for outside comparisons.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var graphPath = new Option<string>("--graph", "-g") { Description = "A graph saved by 'papergraph build'", Required = true };
        var queries = new Option<int>("--queries") { Description = "Queries per kind", DefaultValueFactory = _ => 200 }.AtLeast(1);
        var seed = new Option<int>("--seed") { Description = "Seed for choosing entities", DefaultValueFactory = _ => 1 };
        var pairsOut = new Option<string?>("--pairs-out") { Description = "Write the path queries as JSON [from, to, hops] (ids kind:key), e.g. for networkx" };
        var kQueries = new Option<int>("--k-queries") { Description = "Queries for 'path --k 3', which is much slower (0 skips it)", DefaultValueFactory = _ => 50 }.AtLeast(0);
        var edgesOut = new Option<string?>("--edges-out") { Description = "Write the edges a path may take (paper edges and IS_A) as JSON {nodes, edges}, for networkx" };
        var pathsOut = new Option<string?>("--paths-out") { Description = "Write the connections 'path --k 3' found for the timed pairs (edge ids), to compare two builds' answers" };
        var json = CommonOptions.Json();
        var command = new Command("bench", "Measure graph load time and query latency (p50/p99) on a saved graph") { graphPath, queries, seed, pairsOut, kQueries, edgesOut, pathsOut, json };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var (graph, problem) = GraphFile.TryLoad(parse.GetValue(graphPath)!);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            if (graph is null)
            {
                console.Report(problem!);
                return ExitCodes.InputErrors;
            }
            var entities = graph.Entities.Where(node => node.PaperCount > 0).ToArray();
            if (entities.Length < 2)
            {
                console.Report(DiagnosticCatalog.GraphTooSmallToMeasure);
                return ExitCodes.InputErrors;
            }
            var random = new Random(parse.GetValue(seed));
            var count = Math.Max(1, parse.GetValue(queries));
            var pairs = Enumerable.Range(0, count).Select(_ => (entities[random.Next(entities.Length)], entities[random.Next(entities.Length)])).ToArray();
            var singles = Enumerable.Range(0, count).Select(_ => entities[random.Next(entities.Length)]).ToArray();

            var results = new Dictionary<string, double[]>
            {
                ["path --k 1 (explained)"] = Time(pairs, pair => PathFinder.BestPaths(graph, pair.Item1, pair.Item2, new PathSearch(K: 1))),
            };
            if (parse.GetValue(kQueries) > 0)
            {
                results["path --k 3 (Yen)"] = Time(pairs.Take(Math.Min(count, parse.GetValue(kQueries))).ToArray(), pair => PathFinder.BestPaths(graph, pair.Item1, pair.Item2, new PathSearch()));
            }
            results["neighbors --depth 1 --top 10"] = Time(singles, node => Neighborhood.Of(graph, node, 1, 10));
            results["related --top 10"] = Time(singles, node => Relatedness.Of(graph, node, 10));
            if (parse.GetValue(pathsOut) is { } pathsPath)
            {
                // Found again, untimed: a speed change to the search must leave every connection as it was.
                var timed = pairs.Take(Math.Min(count, parse.GetValue(kQueries)));
                AtomicFile.Write(pathsPath, stream => JsonSerializer.Serialize(stream, timed.Select(pair => new
                {
                    from = NodeId(pair.Item1),
                    to = NodeId(pair.Item2),
                    paths = PathFinder.BestPaths(graph, pair.Item1, pair.Item2, new PathSearch()).Select(path => path.Hops.Select(hop => hop.Edge.Index)),
                })));
            }
            if (parse.GetValue(edgesOut) is { } edgesPath)
            {
                AtomicFile.Write(edgesPath, stream => WritePathEdges(graph, stream));
            }

            // Path lengths, so an outside tool's answers on the same pairs can be checked, not only timed.
            var hopsPerPair = pairs.Select(pair => PathFinder.ShortestPath(graph, pair.Item1, pair.Item2)?.Length).ToArray();
            var lengths = hopsPerPair.OfType<int>().ToList();
            var meanHops = lengths.Count == 0 ? 0 : lengths.Average();

            if (parse.GetValue(pairsOut) is { } pairsPath)
            {
                File.WriteAllText(pairsPath, JsonSerializer.Serialize(pairs.Select((pair, index) => new object?[] { NodeId(pair.Item1), NodeId(pair.Item2), hopsPerPair[index] })));
            }
            var figures = results.ToDictionary(pair => pair.Key, pair => new
            {
                queries = pair.Value.Length,
                p50_ms = Math.Round(Percentile(pair.Value, 0.50), 3),
                p99_ms = Math.Round(Percentile(pair.Value, 0.99), 3),
                max_ms = Math.Round(pair.Value.Max(), 3),
            });
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    papers = graph.Papers.Count(),
                    entities = entities.Length,
                    relationships = graph.Edges.Length,
                    load_seconds = Math.Round(loadSeconds, 3),
                    path_mean_hops = Math.Round(meanHops, 2),
                    paths_found = lengths.Count,
                    latency = figures,
                }, JsonOutput.Options));
            }
            else
            {
                console.Out.WriteLine($"graph: {graph.Papers.Count():N0} papers, {entities.Length:N0} entities, {graph.Edges.Length:N0} relationships; loaded in {loadSeconds:0.00} s");
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  shortest paths: {lengths.Count} of {pairs.Length} pairs connected, mean {meanHops:0.00} hops"));
                foreach (var (name, figure) in figures)
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-30} p50 {figure.p50_ms,8:0.000} ms   p99 {figure.p99_ms,8:0.000} ms   max {figure.max_ms,8:0.000} ms   ({figure.queries} queries)"));
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The graph a path walks, as compact JSON: node ids (kind:key) by index, then [source, target] index pairs. The
    /// full JSON export of a million-paper graph is far larger than networkx can parse in this machine's memory.
    /// </summary>
    private static void WritePathEdges(KnowledgeGraph graph, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            writer.WriteStringValue(NodeId(node));
        }
        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            if (PathFinder.IsExplainable(edge))
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(edge.Source.Id);
                writer.WriteNumberValue(edge.Target.Id);
                writer.WriteEndArray();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The id networkx sees for a node in the node-link JSON export: kind and key.</summary>
    private static string NodeId(GraphNode node) => $"{node.Kind.ToName()}:{node.Key}";

    private static double[] Time<T>(T[] inputs, Func<T, object?> query)
    {
        // One untimed pass warms the JIT and caches so the figures describe steady-state queries.
        _ = query(inputs[0]);
        var times = new double[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _ = query(inputs[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return times;
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
