using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold with grid-limited repulsion) computed once at export
/// time, so the HTML explorer opens at once even with thousands of nodes.
/// </summary>
/// <remarks>
/// No randomness: nodes start on a sunflower spiral, most connected in the middle, and every loop runs in node order,
/// so the same graph gives the same coordinates (rounded to 0.1) and the same bytes. Repulsion only acts within a few
/// ideal edge lengths (a uniform grid finds the neighbours), which keeps one iteration near-linear in the node count.
/// When the graph has papers, only paper edges and IS_A pull nodes together: the derived edges summarise papers and
/// would pull everything into one ball.
/// </remarks>
internal static class ForceLayout
{
    private const double EdgeLength = 30;
    private const double Gravity = 0.01;
    private const double GoldenAngle = 2.399963229728653;
    private const double Gap = 2;
    private const int SeparationRounds = 60;

    /// <summary>A node's radius in layout units: the explorer draws it at this size, so nodes never overlap.</summary>
    public static double Radius(GraphNode node) => node.IsPaper ? 3 : 4 + 2.5 * Math.Sqrt(node.PaperCount);

    /// <summary>How many force rounds a layout of <paramref name="nodeCount"/> nodes runs.</summary>
    public static int Iterations(int nodeCount) => nodeCount <= 2000 ? 300 : 200;

    /// <param name="graph">The graph to lay out.</param>
    /// <param name="iterated">Called after every force round (<see cref="Iterations"/> of them): progress, and the place to stop.</param>
    public static (double X, double Y)[] Compute(KnowledgeGraph graph, Action? iterated = null)
    {
        var count = graph.Nodes.Length;
        var x = new double[count];
        var y = new double[count];
        if (count == 0)
        {
            return [];
        }

        var hasPapers = graph.Nodes.Any(node => node.IsPaper);
        var pairs = graph.Edges
            .Where(edge => edge.Source.Id != edge.Target.Id)
            .Where(edge => !hasPapers || edge.Source.IsPaper || edge.Target.IsPaper || edge.Type == RelationType.IsA)
            .Select(edge => (Math.Min(edge.Source.Id, edge.Target.Id), Math.Max(edge.Source.Id, edge.Target.Id)))
            .Distinct()
            .Order()
            .ToArray();
        var degree = new int[count];
        foreach (var (a, b) in pairs)
        {
            degree[a]++;
            degree[b]++;
        }
        var mass = graph.Nodes.Select(node => 1 + Math.Sqrt(node.PaperCount) / 2).ToArray();
        var radius = graph.Nodes.Select(Radius).ToArray();
        var cutoff = Math.Max(3 * EdgeLength, 2 * radius.Max() + Gap);

        var order = Enumerable.Range(0, count).OrderByDescending(i => degree[i]).ThenBy(i => i).ToArray();
        for (var rank = 0; rank < count; rank++)
        {
            var distance = EdgeLength * Math.Sqrt(rank + 0.5);
            x[order[rank]] = distance * Math.Cos(rank * GoldenAngle);
            y[order[rank]] = distance * Math.Sin(rank * GoldenAngle);
        }

        var iterations = Iterations(count);
        var dx = new double[count];
        var dy = new double[count];
        var grid = new Dictionary<(int, int), List<int>>();
        var temperature = EdgeLength * Math.Sqrt(count) / 4;
        var cooling = temperature / iterations;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Fill(grid, x, y, cutoff);
            ForEachNearPair(grid, x, y, cutoff, (i, j) =>
            {
                var ddx = x[i] - x[j];
                var ddy = y[i] - y[j];
                var distanceSquared = ddx * ddx + ddy * ddy;
                if (distanceSquared > cutoff * cutoff)
                {
                    return;
                }
                if (distanceSquared < 1e-6)
                {
                    // Two nodes on one spot: push them apart along a direction fixed by their ids.
                    ddx = Math.Cos(i + j);
                    ddy = Math.Sin(i + j);
                    distanceSquared = 1e-2;
                }
                var force = EdgeLength * EdgeLength * mass[i] * mass[j] / distanceSquared;
                dx[i] += ddx * force;
                dy[i] += ddy * force;
                dx[j] -= ddx * force;
                dy[j] -= ddy * force;
            });
            foreach (var (a, b) in pairs)
            {
                var ddx = x[a] - x[b];
                var ddy = y[a] - y[b];
                var distance = Math.Sqrt(ddx * ddx + ddy * ddy);
                var force = distance / EdgeLength;
                dx[a] -= ddx * force;
                dy[a] -= ddy * force;
                dx[b] += ddx * force;
                dy[b] += ddy * force;
            }
            for (var i = 0; i < count; i++)
            {
                dx[i] -= Gravity * x[i] * mass[i];
                dy[i] -= Gravity * y[i] * mass[i];
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0)
                {
                    var step = Math.Min(length, temperature) / length;
                    x[i] += dx[i] * step;
                    y[i] += dy[i] * step;
                }
            }
            temperature = Math.Max(temperature - cooling, 0.5);
            iterated?.Invoke();
        }
        Separate(x, y, radius, cutoff);
        return Enumerable.Range(0, count).Select(i => (Math.Round(x[i], 1), Math.Round(y[i], 1))).ToArray();
    }

    /// <summary>
    /// Forces settle with big, densely linked nodes on top of each other; pushing every overlapping pair apart by
    /// its overlap, a few rounds over, leaves each node's disc (and a small gap) free.
    /// </summary>
    private static void Separate(double[] x, double[] y, double[] radius, double cutoff)
    {
        var grid = new Dictionary<(int, int), List<int>>();
        for (var round = 0; round < SeparationRounds; round++)
        {
            Fill(grid, x, y, cutoff);
            var moved = false;
            ForEachNearPair(grid, x, y, cutoff, (i, j) =>
            {
                var ddx = x[i] - x[j];
                var ddy = y[i] - y[j];
                var distance = Math.Sqrt(ddx * ddx + ddy * ddy);
                var wanted = radius[i] + radius[j] + Gap + 0.2;
                if (distance >= wanted)
                {
                    return;
                }
                if (distance < 1e-6)
                {
                    ddx = Math.Cos(i + j);
                    ddy = Math.Sin(i + j);
                    distance = 1;
                }
                // Each moves half the overlap, the lighter one (smaller disc) more.
                var push = (wanted - distance) / distance;
                var share = radius[j] / (radius[i] + radius[j]);
                x[i] += ddx * push * share;
                y[i] += ddy * push * share;
                x[j] -= ddx * push * (1 - share);
                y[j] -= ddy * push * (1 - share);
                moved = true;
            });
            if (!moved)
            {
                return;
            }
        }
    }

    /// <summary>Every pair i &lt; j in the same or a neighbouring grid cell, in a fixed order (cells hold ascending ids).</summary>
    private static void ForEachNearPair(Dictionary<(int, int), List<int>> grid, double[] x, double[] y, double cellSize, Action<int, int> visit)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var (cx, cy) = Cell(x[i], y[i], cellSize);
            for (var gx = cx - 1; gx <= cx + 1; gx++)
            {
                for (var gy = cy - 1; gy <= cy + 1; gy++)
                {
                    if (!grid.TryGetValue((gx, gy), out var members))
                    {
                        continue;
                    }
                    foreach (var j in members)
                    {
                        if (j > i)
                        {
                            visit(i, j);
                        }
                    }
                }
            }
        }
    }

    private static void Fill(Dictionary<(int, int), List<int>> grid, double[] x, double[] y, double cellSize)
    {
        foreach (var cell in grid.Values)
        {
            cell.Clear();
        }
        for (var i = 0; i < x.Length; i++)
        {
            var key = Cell(x[i], y[i], cellSize);
            if (!grid.TryGetValue(key, out var members))
            {
                grid[key] = members = [];
            }
            members.Add(i);
        }
    }

    private static (int, int) Cell(double x, double y, double cellSize) => ((int)Math.Floor(x / cellSize), (int)Math.Floor(y / cellSize));
}
