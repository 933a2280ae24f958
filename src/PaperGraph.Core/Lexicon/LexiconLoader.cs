using System.Collections.Immutable;
using System.Reflection;
using PaperGraph.Diagnostics;
using PaperGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperGraph.Lexicon;

/// <summary>
/// Loads lexicons in the YAML schema of docs/lexicon.md: <c>version: 1</c> and lists under <c>techniques</c>,
/// <c>datasets</c>, <c>tasks</c>, <c>methods</c>. The built-in ones are embedded; users add theirs with --lexicon.
/// </summary>
public static class LexiconLoader
{
    private static readonly string[] BuiltInNames = ["techniques", "datasets", "tasks", "methods"];
    private static readonly Lazy<ImmutableArray<LexiconEntry>> BuiltInEntries = new(LoadBuiltInEntries);

    /// <summary>The built-in lexicon plus the user's files; problems in user files become diagnostics.</summary>
    public static (EntityLexicon Lexicon, ImmutableArray<Diagnostic> Diagnostics) Load(IEnumerable<string> userFiles)
    {
        var entries = new List<LexiconEntry>(BuiltInEntries.Value);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in userFiles)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidLexicon, new Location(file, 0), exception.Message));
                continue;
            }
            entries.AddRange(Parse(text, file, diagnostics));
        }
        var lexicon = new EntityLexicon(entries);
        foreach (var entry in lexicon.OfKind(EntityKind.Technique))
        {
            if (entry.Parent is { } parent && !lexicon.TryGet(EntityKind.Technique, Binding.EntityKey.From(parent), out _))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UnknownParent, new Location(entry.Origin, 0), entry.Name, parent));
            }
        }
        return (lexicon, diagnostics.ToImmutable());
    }

    public static EntityLexicon BuiltIn { get; } = new(BuiltInEntries.Value);

    public static ImmutableArray<LexiconEntry> Parse(string yaml, string origin, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidLexicon, new Location(origin, (int)exception.Start.Line, (int)exception.Start.Column), exception.Message));
            return entries.ToImmutable();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidLexicon, new Location(origin, 1), "expected a mapping with 'techniques', 'datasets', 'tasks' or 'methods'"));
            return entries.ToImmutable();
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var section = (keyNode as YamlScalarNode)?.Value ?? "";
            if (section == "version")
            {
                continue;
            }
            if (!EntityKindNames.TryParse(section, out var kind))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidLexicon, At(origin, keyNode), $"unknown section '{section}'"));
                continue;
            }
            if (valueNode is not YamlSequenceNode list)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InvalidLexicon, At(origin, valueNode), $"'{section}' must be a list of entries"));
                continue;
            }
            foreach (var item in list.Children)
            {
                if (ParseEntry(item, kind, origin, diagnostics) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        return entries.ToImmutable();
    }

    private static LexiconEntry? ParseEntry(YamlNode node, EntityKind kind, string origin, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.LexiconEntryInvalid, At(origin, node), node.ToString(), "expected a mapping with at least 'name'"));
            return null;
        }
        string? Scalar(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)
                ? scalar.Value.Trim()
                : null;
        ImmutableArray<string> List(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(scalar => scalar.Value?.Trim() ?? "").Where(text => text.Length > 0).ToImmutableArray()
                : [];

        var name = Scalar("name");
        if (name is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.LexiconEntryInvalid, At(origin, node), "(unnamed)", "'name' is required"));
            return null;
        }
        if (Binding.EntityKey.From(name).Length == 0)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.LexiconEntryInvalid, At(origin, node), name, "the name has no letters or digits"));
            return null;
        }
        var caseSensitive = string.Equals(Scalar("case_sensitive"), "true", StringComparison.OrdinalIgnoreCase);
        var parent = kind == EntityKind.Technique ? Scalar("parent") : null;
        return new LexiconEntry(kind, name, Scalar("long_form"), List("acronyms"), List("synonyms"), parent, caseSensitive, $"{origin}:{node.Start.Line}")
        {
            IsGeneric = string.Equals(Scalar("generic"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static Location At(string origin, YamlNode node) => new(origin, (int)node.Start.Line, (int)node.Start.Column);

    private static ImmutableArray<LexiconEntry> LoadBuiltInEntries()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        foreach (var name in BuiltInNames)
        {
            using var stream = assembly.GetManifestResourceStream($"PaperGraph.Lexicon.{name}.yaml");
            if (stream is null)
            {
                continue;
            }
            using var reader = new StreamReader(stream);
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            entries.AddRange(Parse(reader.ReadToEnd(), $"{name}.yaml", diagnostics));
            if (diagnostics.Count > 0)
            {
                // The built-in data ships with the program: a broken file is a programmer error, caught by the tests.
                throw new InvalidDataException($"Built-in lexicon {name}.yaml is invalid: {diagnostics[0]}");
            }
        }
        return entries.ToImmutable();
    }
}
