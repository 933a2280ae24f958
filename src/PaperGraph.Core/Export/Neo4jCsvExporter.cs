using System.Globalization;
using System.Text;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;
using PaperGraph.Model;

namespace PaperGraph.Export;

/// <summary>
/// <c>--format neo4j-csv</c>: node and relationship CSV files with <c>neo4j-admin database import full</c> headers
/// (<c>:ID(Label)</c>, <c>:LABEL</c>, <c>:START_ID(Label)</c>, <c>:END_ID(Label)</c>, <c>:TYPE</c>, typed properties),
/// and <c>import.sh</c> with the exact command. The path for graphs too big for batched MERGE.
/// </summary>
/// <remarks>
/// Each label is its own ID space because keys are unique per label, not across labels. Arrays use
/// <see cref="ArrayDelimiter"/> (passed to neo4j-admin) since ';' and '|' occur in names.
/// </remarks>
internal sealed class Neo4jCsvExporter : GraphExporter
{
    public const char ArrayDelimiter = '\u00A6';

    public override string Format => "neo4j-csv";
    public override string Description => "neo4j-admin import CSV files (a folder) plus import.sh with the exact command";
    public override string DefaultExtension => "";
    public override bool WritesDirectory => true;

    public override void WriteDirectory(KnowledgeGraph graph, string directory, ExportRun run)
    {
        var nodeFiles = new List<string>();
        var relationshipFiles = new List<string>();
        foreach (var kind in EntityKinds.All)
        {
            var nodes = graph.Nodes.Where(node => node.Kind == kind).ToList();
            var file = $"nodes-{kind.ToName()}.csv";
            var columns = kind == EntityKind.Paper
                ? new[] { ("title", "string"), ("dates", "string[]"), ("sources", "string[]") }
                : kind == EntityKind.Method
                    ? new[] { ("name", "string"), ("aliases", "string[]"), ("long_form", "string"), ("paper_count", "int"), ("proposed_count", "int") }
                    : new[] { ("name", "string"), ("aliases", "string[]"), ("long_form", "string"), ("paper_count", "int") };
            WriteCsv(run, Path.Combine(directory, file),
                new[] { $"key:ID({kind})" }.Concat(columns.Select(Header)).Append(":LABEL"),
                nodes.Select(node =>
                {
                    var props = Neo4jStatementPlan.NodeProperties(node);
                    return new object?[] { node.Key }.Concat(columns.Select(column => props.GetValueOrDefault(column.Item1))).Append(kind == EntityKind.Paper ? "Paper" : $"Entity{ArrayDelimiter}{kind}");
                }));
            nodeFiles.Add(file);
        }

        var groups = graph.Edges
            .GroupBy(edge => (edge.Type, From: edge.Source.Kind, To: edge.Target.Kind))
            .OrderBy(group => group.Key.Type).ThenBy(group => group.Key.From).ThenBy(group => group.Key.To);
        foreach (var group in groups)
        {
            var type = group.Key.Type.ToName();
            var file = $"rels-{type.ToLowerInvariant()}-{group.Key.From.ToString().ToLowerInvariant()}-{group.Key.To.ToString().ToLowerInvariant()}.csv";
            var sample = Neo4jStatementPlan.EdgeProperties(group.First());
            var columns = sample.Keys.Select(key => (key, TypeOf(sample[key]))).ToArray();
            WriteCsv(run, Path.Combine(directory, file),
                new[] { $":START_ID({group.Key.From})", $":END_ID({group.Key.To})" }.Concat(columns.Select(Header)).Append(":TYPE"),
                group.Select(edge =>
                {
                    var props = Neo4jStatementPlan.EdgeProperties(edge);
                    return new object?[] { edge.Source.Key, edge.Target.Key }.Concat(columns.Select(column => props.GetValueOrDefault(column.Item1))).Append(type);
                }));
            relationshipFiles.Add(file);
        }

        File.WriteAllText(Path.Combine(directory, "import.sh"), ImportCommand(nodeFiles, relationshipFiles, "$(dirname \"$0\")") + "\n");
    }

    /// <summary>The neo4j-admin command that imports the folder (run with the database stopped).</summary>
    public static string ImportCommand(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, string directory)
    {
        var builder = new StringBuilder("#!/bin/sh\n# Import the PaperGraph export into an empty database (stop Neo4j first), then run cypher/schema.cypher.\n");
        builder.Append("neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=").Append(ArrayDelimiter).Append(" --id-type=string --multiline-fields=true");
        foreach (var file in nodeFiles)
        {
            builder.Append(" \\\n  --nodes=\"").Append(directory).Append('/').Append(file).Append('"');
        }
        foreach (var file in relationshipFiles)
        {
            builder.Append(" \\\n  --relationships=\"").Append(directory).Append('/').Append(file).Append('"');
        }
        return builder.ToString();
    }

    // The :LABEL column is an array too: several labels are split on the same delimiter as other arrays, and titles
    // or evidence with line breaks need --multiline-fields.
    private static string Header((string Name, string Type) column) => column.Type == "string" ? column.Name : $"{column.Name}:{column.Type}";

    private static string TypeOf(object? value) => value switch
    {
        int or long => "int",
        double => "double",
        string[] => "string[]",
        _ => "string",
    };

    private static void WriteCsv(ExportRun run, string path, IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header.Select(Quote)));
        foreach (var row in rows)
        {
            run.Step();
            writer.WriteLine(string.Join(',', row.Select(Cell)));
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => Quote(text),
        string[] items => Quote(string.Join(ArrayDelimiter, items.Select(item => item.Replace(ArrayDelimiter, ' ')))),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
