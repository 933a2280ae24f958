using System.Collections.Immutable;
using System.Text.Json;
using PaperGraph.Diagnostics;
using PaperGraph.Model;

namespace PaperGraph.Evaluation;

/// <summary>
/// Reads the dev set: a JSON array of papers with "title", "split" and the four entity lists. A list that is absent or
/// null means the paper was not annotated for that kind (<see cref="GoldPaper.AnnotatedKinds"/>).
/// </summary>
internal static class GoldSetReader
{
    public static (ImmutableArray<GoldPaper> Papers, Diagnostic? Problem) Read(string path)
    {
        var location = new Location(path, 0);
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var papers = ImmutableArray.CreateBuilder<GoldPaper>();
            foreach (var paper in document.RootElement.EnumerateArray())
            {
                var entities = ImmutableArray.CreateBuilder<GoldEntity>();
                var annotated = ImmutableArray.CreateBuilder<EntityKind>();
                foreach (var kind in EntityKinds.Extracted)
                {
                    if (!paper.TryGetProperty(kind.ToName(), out var list) || list.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }
                    annotated.Add(kind);
                    foreach (var item in list.EnumerateArray())
                    {
                        MethodRole? role = item.TryGetProperty("role", out var roleElement) && roleElement.ValueKind == JsonValueKind.String
                            ? roleElement.GetString() == "proposed" ? MethodRole.Proposed : MethodRole.Used
                            : kind == EntityKind.Method ? MethodRole.Used : null;
                        var aliases = item.TryGetProperty("aliases", out var aliasElement) && aliasElement.ValueKind == JsonValueKind.Array
                            ? aliasElement.EnumerateArray().Select(alias => alias.GetString() ?? "").Where(alias => alias.Length > 0).ToImmutableArray()
                            : [];
                        var longForm = item.TryGetProperty("long_form", out var longElement) && longElement.ValueKind == JsonValueKind.String ? longElement.GetString() : null;
                        entities.Add(new GoldEntity(kind, item.GetProperty("name").GetString()!, aliases, longForm, role));
                    }
                }
                var split = paper.TryGetProperty("split", out var splitElement) ? splitElement.GetString() ?? "all" : "all";
                papers.Add(new GoldPaper(paper.GetProperty("title").GetString()!, split, entities.ToImmutable()) { AnnotatedKinds = annotated.ToImmutable() });
            }
            return (papers.ToImmutable(), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ([], Diagnostic.Create(DiagnosticCatalog.InvalidGoldFile, location, exception.Message));
        }
    }
}
