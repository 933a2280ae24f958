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
internal static class LexiconLoader
{
    private static readonly string[] CuratedNames = ["techniques", "datasets", "tasks", "methods"];

    /// <summary>Generated from the Papers with Code dump (<c>papergraph lexicon import-pwc</c>); see Lexicon/Data/README.md.</summary>
    private static readonly string[] GeneratedNames = ["pwc-techniques", "pwc-methods", "pwc-tasks", "pwc-datasets"];

    private static readonly Lazy<ImmutableArray<LexiconEntry>> CuratedEntries = new(() => LoadEmbedded(CuratedNames));
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
        foreach (var entry in lexicon.Entries)
        {
            if (entry.Parent is { } parent && lexicon.ParentOf(entry) is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UnknownParent, new Location(entry.Origin, 0), entry.Name, parent));
            }
        }
        return (lexicon, diagnostics.ToImmutable());
    }

    // Lazy, not a static initializer: the embedded files are parsed on other threads, which must not wait on this type's initialization.
    private static readonly Lazy<EntityLexicon> BuiltInLexicon = new(() => new EntityLexicon(BuiltInEntries.Value));

    public static EntityLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>The hand-curated entries alone, without the generated Papers with Code files (the importer's reference).</summary>
    public static ImmutableArray<LexiconEntry> Curated => CuratedEntries.Value;

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
        // One pass over the entry's keys: looking each field up by a new YamlScalarNode costs more than the parse at 10,000 entries.
        var fields = new Dictionary<string, YamlNode>(map.Children.Count, StringComparer.Ordinal);
        foreach (var (fieldKey, fieldValue) in map.Children)
        {
            if (fieldKey is YamlScalarNode { Value: { } fieldName })
            {
                fields.TryAdd(fieldName, fieldValue);
            }
        }
        string? Scalar(string key) =>
            fields.TryGetValue(key, out var value) && value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)
                ? scalar.Value.Trim()
                : null;
        ImmutableArray<string> List(string key) =>
            fields.TryGetValue(key, out var value) && value is YamlSequenceNode sequence
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
        return new LexiconEntry(kind, name, Scalar("long_form"), List("acronyms"), List("synonyms"), Scalar("parent"), caseSensitive, $"{origin}:{node.Start.Line}")
        {
            IsGeneric = string.Equals(Scalar("generic"), "true", StringComparison.OrdinalIgnoreCase),
            IsTaxonomyOnly = string.Equals(Scalar("taxonomy_only"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static Location At(string origin, YamlNode node) => new(origin, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>
    /// The curated entries, then the generated ones. A generated entry with the kind and key of a curated one only adds
    /// to it (synonyms, acronyms, a parent where it has none): the curated entry keeps its name, kind and flags.
    /// </summary>
    private static ImmutableArray<LexiconEntry> LoadBuiltInEntries()
    {
        var generatedEntries = Task.Run(() => LoadEmbedded(GeneratedNames));
        var entries = new List<LexiconEntry>(CuratedEntries.Value);
        var slots = new Dictionary<(EntityKind, string), int>();
        for (var i = 0; i < entries.Count; i++)
        {
            slots.TryAdd((entries[i].Kind, entries[i].Key), i);
        }
        foreach (var generated in generatedEntries.GetAwaiter().GetResult())
        {
            if (slots.TryGetValue((generated.Kind, generated.Key), out var index))
            {
                entries[index] = entries[index].SupplementedBy(generated);
            }
            else
            {
                slots[(generated.Kind, generated.Key)] = entries.Count;
                entries.Add(generated);
            }
        }
        return [.. entries];
    }

    /// <summary>The embedded files in the order named; parsed side by side, as YAML parsing is most of the start-up time.</summary>
    private static ImmutableArray<LexiconEntry> LoadEmbedded(string[] names) =>
        [.. names.AsParallel().AsOrdered().Select(LoadEmbeddedFile).SelectMany(entries => entries)];

    private static ImmutableArray<LexiconEntry> LoadEmbeddedFile(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PaperGraph.Lexicon.{name}.yaml");
        if (stream is null)
        {
            return [];
        }
        using var reader = new StreamReader(stream);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = Parse(reader.ReadToEnd(), $"{name}.yaml", diagnostics);
        if (diagnostics.Count > 0)
        {
            // The built-in data ships with the program: a broken file is a programmer error, caught by the tests.
            throw new InvalidDataException($"Built-in lexicon {name}.yaml is invalid: {diagnostics[0]}");
        }
        return entries;
    }
}
