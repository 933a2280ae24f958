using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Lexicon.PapersWithCode;

/// <summary>One Papers with Code method: its short name, full name and the collections (with their areas) it is filed under.</summary>
internal sealed record PwcMethod(string Name, string? FullName, ImmutableArray<string> Collections);

/// <summary>One Papers with Code task and the datasets listed as its most common ones.</summary>
internal sealed record PwcTask(string Name, ImmutableArray<string> Datasets);

/// <summary>A parent/child pair of the Papers with Code task hierarchy.</summary>
internal sealed record PwcTaskLink(string Parent, string Child);

/// <summary>
/// The parts of a Papers with Code dump the importer reads: <c>methods.json</c>, the task tables
/// (<c>all_tasks_detailed.csv</c>, <c>tasks-by-area/*_detailed.csv</c>, <c>all_tasks.txt</c>) and <c>task_hierarchy.csv</c>.
/// </summary>
/// <remarks>Files that are missing are read as empty, so a small hand-made sample needs only the files it tests.</remarks>
internal sealed record PwcDump(ImmutableArray<PwcMethod> Methods, ImmutableArray<PwcTask> Tasks, ImmutableArray<PwcTaskLink> Hierarchy)
{
    public static PwcDump Read(string directory)
    {
        return new PwcDump(ReadMethods(Path.Combine(directory, "methods.json")), ReadTasks(directory), ReadHierarchy(Path.Combine(directory, "task_hierarchy.csv")));
    }

    private static ImmutableArray<PwcMethod> ReadMethods(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var methods = ImmutableArray.CreateBuilder<PwcMethod>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var name = String(item, "name");
            if (name is null)
            {
                continue;
            }
            var collections = item.TryGetProperty("collections", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(collection => String(collection, "collection")).OfType<string>().ToImmutableArray()
                : [];
            methods.Add(new PwcMethod(name, String(item, "full_name"), collections));
        }
        return methods.ToImmutable();
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>Every task named in any table, in the order first met, with the datasets of its first detailed row.</summary>
    private static ImmutableArray<PwcTask> ReadTasks(string directory)
    {
        var tasks = new Dictionary<string, PwcTask>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string name, ImmutableArray<string> datasets)
        {
            name = name.Trim();
            if (name.Length == 0)
            {
                return;
            }
            if (!tasks.TryGetValue(name, out var known))
            {
                order.Add(name);
                tasks[name] = new PwcTask(name, datasets);
            }
            else if (known.Datasets.IsEmpty && !datasets.IsEmpty)
            {
                tasks[name] = known with { Datasets = datasets };
            }
        }
        var detailed = new List<string> { Path.Combine(directory, "all_tasks_detailed.csv") };
        var byArea = Path.Combine(directory, "tasks-by-area");
        if (Directory.Exists(byArea))
        {
            detailed.AddRange(Directory.GetFiles(byArea, "*_detailed.csv").Order(StringComparer.Ordinal));
        }
        foreach (var file in detailed.Where(File.Exists))
        {
            var rows = Csv.Read(File.ReadAllText(file));
            if (rows.Count == 0)
            {
                continue;
            }
            var header = rows[0];
            var nameColumn = header.IndexOf("Task Name");
            var datasetColumn = header.FindIndex(column => column.StartsWith("Common Datasets", StringComparison.Ordinal));
            if (nameColumn < 0)
            {
                continue;
            }
            foreach (var row in rows.Skip(1).Where(row => row.Count > nameColumn))
            {
                var datasets = datasetColumn >= 0 && row.Count > datasetColumn ? SplitList(row[datasetColumn]) : [];
                Add(row[nameColumn], datasets);
            }
        }
        var plain = Path.Combine(directory, "all_tasks.txt");
        if (File.Exists(plain))
        {
            foreach (var line in File.ReadLines(plain))
            {
                Add(line.Trim().Trim('"'), []);
            }
        }
        return [.. order.Select(name => tasks[name])];
    }

    private static ImmutableArray<PwcTaskLink> ReadHierarchy(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var rows = Csv.Read(File.ReadAllText(path));
        if (rows.Count == 0)
        {
            return [];
        }
        var parentColumn = rows[0].IndexOf("Parent Task");
        var childColumn = rows[0].IndexOf("Child Tasks");
        var links = ImmutableArray.CreateBuilder<PwcTaskLink>();
        foreach (var row in rows.Skip(1))
        {
            if (parentColumn < 0 || childColumn < 0 || row.Count <= Math.Max(parentColumn, childColumn) || row[parentColumn].Trim().Length == 0)
            {
                continue;
            }
            foreach (var child in SplitList(row[childColumn]))
            {
                links.Add(new PwcTaskLink(row[parentColumn].Trim(), child));
            }
        }
        return links.ToImmutable();
    }

    /// <summary>"A; B; C..." (the dump cuts long lists with an ellipsis) as its items.</summary>
    private static ImmutableArray<string> SplitList(string cell) =>
        [.. cell.Split(';').Select(item => item.Trim().TrimEnd('.').Trim()).Where(item => item.Length > 0 && item != "N/A")];

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static class Csv
    {
        public static List<List<string>> Read(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                }
                else
                {
                    field.Append(c);
                }
            }
            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }
            return rows;
        }
    }
}
