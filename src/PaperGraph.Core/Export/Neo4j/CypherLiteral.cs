using System.Collections;
using System.Globalization;
using System.Text;

namespace PaperGraph.Export.Neo4j;

/// <summary>Writes values as Cypher literals: single-quoted escaped strings, numbers, lists and maps.</summary>
internal static class CypherLiteral
{
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : "0.0");
                if (double.IsFinite(number) && number == Math.Floor(number) && !builder.ToString().Contains('E', StringComparison.Ordinal))
                {
                    builder.Append(".0");
                }
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }
                    first = false;
                    builder.Append(key).Append(": ");
                    Append(builder, item);
                }
                builder.Append('}');
                break;
            case IEnumerable list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        builder.Append(", ");
                    }
                    firstItem = false;
                    Append(builder, item);
                }
                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"No Cypher literal for {value.GetType().Name}", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('\'');
    }
}
