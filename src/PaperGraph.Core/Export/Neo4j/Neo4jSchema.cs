using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace PaperGraph.Export.Neo4j;

/// <summary>The statements of cypher/schema.cypher (embedded at build time: one source of truth for push and scripts).</summary>
internal static class Neo4jSchema
{
    private static readonly Lazy<ImmutableArray<string>> LazyStatements = new(Load);

    public static ImmutableArray<string> Statements => LazyStatements.Value;

    /// <summary>Splits a Cypher script into statements at semicolons ending a line, dropping comment lines.</summary>
    public static ImmutableArray<string> Split(string script)
    {
        var statements = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(':'))
            {
                continue;
            }
            current.AppendLine(line);
            if (trimmed.EndsWith(';'))
            {
                statements.Add(current.ToString().Trim().TrimEnd(';').Trim());
                current.Clear();
            }
        }
        if (current.ToString().Trim().Length > 0)
        {
            statements.Add(current.ToString().Trim().TrimEnd(';'));
        }
        return statements.ToImmutable();
    }

    private static ImmutableArray<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PaperGraph.Neo4j.schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is not embedded");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }
}
