using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperGraph.Curation;

/// <summary>
/// Reads a curation file (docs/curation.md): a YAML sequence of one-key mappings, one decision each, so that
/// <c>papergraph merges --accept</c> can append a decision a line and every decision keeps its own line number.
/// </summary>
/// <remarks>
/// A file that is not YAML, or not a sequence, is an error (PG2101): the build stops before anything is written,
/// since a graph built without the user's decisions would silently undo them. A single decision that is wrong
/// (an unknown key, the wrong shape) is a warning and is skipped: the rest of the file still applies.
/// </remarks>
public static class CurationFile
{
    public static (ImmutableArray<CurationDecision> Decisions, ImmutableArray<Diagnostic> Diagnostics) Load(string path)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidCurationFile, new Location(path, 0), exception.Message));
            return ([], diagnostics.ToImmutable());
        }
        var decisions = Parse(text, path, diagnostics);
        return (decisions, diagnostics.ToImmutable());
    }

    public static ImmutableArray<CurationDecision> Parse(string yaml, string origin, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidCurationFile, new Location(origin, (int)exception.Start.Line, (int)exception.Start.Column), exception.Message));
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            // An empty file (or one of comments only) decides nothing.
            return [];
        }
        if (stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidCurationFile, At(origin, stream.Documents[0].RootNode), "expected a list of decisions, each '- merge: [A, B]' and the like"));
            return [];
        }
        var decisions = ImmutableArray.CreateBuilder<CurationDecision>();
        foreach (var item in root.Children)
        {
            if (ParseDecision(item, origin, diagnostics) is { } decision)
            {
                decisions.Add(decision);
            }
        }
        return decisions.ToImmutable();
    }

    private static CurationDecision? ParseDecision(YamlNode item, string origin, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (item is not YamlMappingNode { Children.Count: 1 } map || map.Children.First().Key is not YamlScalarNode { Value: { } key })
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidCurationDecision, At(origin, item), "list item", "each item is one decision, like '- merge: [A, B]'"));
            return null;
        }
        var value = map.Children.First().Value;
        if (!CurationDecisionKindNames.TryParse(key, out var kind))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UnknownCurationDecision, At(origin, item), key, CurationDecisionKindNames.All));
            return null;
        }
        var line = (int)item.Start.Line;
        CurationDecision? Invalid(string why)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidCurationDecision, At(origin, item), kind.ToKey(), why));
            return null;
        }
        switch (kind)
        {
            case CurationDecisionKind.Merge or CurationDecisionKind.KeepApart:
                return Names(value) is [var first, var second]
                    ? new CurationDecision(kind, [EntityReference.Parse(first), EntityReference.Parse(second)], origin, line)
                    : Invalid("it takes a list of two names, [A, B]");
            case CurationDecisionKind.Drop:
                return Names(value) is { Length: > 0 } dropped
                    ? new CurationDecision(kind, [.. dropped.Select(EntityReference.Parse)], origin, line)
                    : Invalid("it takes a list of names, [A]");
            default:
                if (value is not YamlMappingNode { Children.Count: 1 } pair
                    || pair.Children.First() is not (YamlScalarNode { Value: { } subject }, YamlScalarNode { Value: { } target })
                    || subject.Trim().Length == 0 || target.Trim().Length == 0)
                {
                    return Invalid(kind switch
                    {
                        CurationDecisionKind.Rename => "it takes one name and its new name, {A: \"New name\"}",
                        CurationDecisionKind.Kind => "it takes one name and its kind, {A: technique}",
                        _ => "it takes one name and its parent, {A: B}",
                    });
                }
                var entity = EntityReference.Parse(subject);
                return kind switch
                {
                    CurationDecisionKind.Rename => new CurationDecision(kind, [entity], origin, line) { NewName = target.Trim() },
                    CurationDecisionKind.Kind => EntityKindNames.TryParse(target, out var newKind)
                        ? new CurationDecision(kind, [entity], origin, line) { NewKind = newKind }
                        : Invalid($"'{target}' is no kind; use method, dataset, technique or task"),
                    _ => new CurationDecision(kind, [entity, EntityReference.Parse(target)], origin, line),
                };
        }
    }

    /// <summary>The names of a flow or block list; null when it is not a list of non-empty names.</summary>
    private static string[]? Names(YamlNode value)
    {
        if (value is not YamlSequenceNode list)
        {
            return null;
        }
        var names = list.Children.Select(child => (child as YamlScalarNode)?.Value?.Trim()).ToArray();
        return names.All(name => !string.IsNullOrEmpty(name)) ? [.. names.Select(name => name!)] : null;
    }

    private static Location At(string origin, YamlNode node) => new(origin, (int)node.Start.Line, (int)node.Start.Column);
}
