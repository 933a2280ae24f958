using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph.Building;
using PaperGraph.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Model;
using PaperGraph.Query.Resolution;

namespace PaperGraph.Cli.Commands;

/// <summary>Resolves entity names typed on the command line, printing "did you mean" or ambiguity help on failure.</summary>
internal static class EntityArguments
{
    /// <summary>The kinds --kind takes, as the usage error lists them.</summary>
    public const string KindNames = "method, dataset, technique or task";

    public static Option<string?> KindOption() => new("--kind")
    {
        Description = "Which kind a name means when several kinds share it: method, dataset, technique or task",
    };

    public static bool TryParseKind(string? text, CliConsole console, out EntityKind? kind)
    {
        kind = null;
        if (text is null)
        {
            return true;
        }
        if (!EntityKindNames.TryParse(text, out var entityKind))
        {
            console.Report(DiagnosticCatalog.UnknownKind, text, "--kind", KindNames);
            return false;
        }
        kind = entityKind;
        return true;
    }

    /// <summary>
    /// For verbs whose --kind picks what is listed: the name resolves on its own, and --kind only settles a name
    /// that several kinds share.
    /// </summary>
    public static GraphNode? ResolvePreferring(EntityResolver resolver, string name, EntityKind? kind, CliConsole console)
    {
        var resolution = resolver.Resolve(name);
        if (resolution.Node is { } node)
        {
            return node;
        }
        if (!resolution.Ambiguous.IsEmpty && kind is not null && resolver.Resolve(name, kind).Node is { } chosen)
        {
            return chosen;
        }
        return Resolve(resolver, name, null, console);
    }

    public static GraphNode? Resolve(EntityResolver resolver, string name, EntityKind? kind, CliConsole console)
    {
        var resolution = resolver.Resolve(name, kind);
        if (resolution.Node is { } node)
        {
            return node;
        }
        if (!resolution.Ambiguous.IsEmpty)
        {
            var options = string.Join(", ", resolution.Ambiguous.Select(candidate => $"{candidate.Name} ({candidate.Kind.ToName()})"));
            var sameKind = resolution.Ambiguous.Select(candidate => candidate.Kind).Distinct().Count() == 1;
            console.Report(sameKind ? DiagnosticCatalog.HomonymEntity : DiagnosticCatalog.AmbiguousEntity, name, options);
            return null;
        }
        var hint = resolution.Suggestions.IsEmpty
            ? ""
            : "; did you mean " + string.Join(", ", resolution.Suggestions.Select(candidate => $"'{candidate.Name}' ({candidate.Kind.ToName()})")) + "?";
        console.Report(DiagnosticCatalog.UnknownEntity, name, hint);
        return null;
    }

    /// <summary>Resolves every name (reporting each failure); true when all resolved.</summary>
    public static bool TryResolve(KnowledgeGraph graph, IReadOnlyList<string> names, EntityKind? kind, CliConsole console, out GraphNode[] nodes)
    {
        var resolver = new EntityResolver(graph);
        var resolved = names.Select(name => Resolve(resolver, name, kind, console)).ToArray();
        nodes = resolved.OfType<GraphNode>().ToArray();
        return nodes.Length == names.Count;
    }
}
