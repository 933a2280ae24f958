using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Graph.Building;
using PaperGraph.Graph;
using PaperGraph.Lexicon.PapersWithCode;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Lexicon.PapersWithCode;

public sealed class PwcImporterTests
{
    private const string MethodsJson = """
        [
          {"name": "ZorbNet", "full_name": "Zorbing Network", "collections": [{"collection": "Zorb Models", "area": "Computer Vision"}]},
          {"name": "AdaZorb", "full_name": "AdaZorb", "collections": [{"collection": "Stochastic Optimization", "area": "General"}]},
          {"name": "Gradient Zorbing", "full_name": "Gradient Zorbing", "collections": [{"collection": "Zorb Models", "area": "General"}]},
          {"name": "Attention", "full_name": "Attention", "collections": [{"collection": "Attention Mechanisms", "area": "General"}]},
          {"name": "Dense Block", "full_name": "Dense Block", "collections": [{"collection": "Image Model Blocks", "area": "Computer Vision"}]},
          {"name": "ZN", "full_name": "ZN", "collections": []},
          {"name": "3D CNN", "full_name": "3 Dimensional Convolutional Neural Network", "collections": [{"collection": "Zorb Models", "area": "Computer Vision"}]},
          {"name": "QZN", "full_name": "Quick Zorb Network", "collections": [{"collection": "Zorb Models", "area": "Computer Vision"}]},
          {"name": "ResNet", "full_name": "Residual Zorb Network", "collections": [{"collection": "Zorb Models", "area": "Computer Vision"}]},
          {"name": "(deleted method)", "full_name": "(deleted method)", "collections": []}
        ]
        """;

    private const string TasksCsv = """
        Category,Task Name,Dataset Count,Common Datasets (Top 10),Benchmarks,SOTA Metrics,Subtasks Count,Has Description
        CV,Zorb Segmentation,3,ZorbSet-10K; Lost and Found; SSL; ZQB; Weibo,ZorbSet-10K val,mIoU,1,No
        CV,Weakly Supervised Zorb Segmentation,1,ZorbSet-10K,,,0,No
        CV,Zorb Question Answering (ZQA),1,,,,0,No
        CV,Articles,0,,,,0,No
        CV,Novel Concepts,0,,,,0,No
        """;

    private const string HierarchyCsv = """
        Parent Task,Child Tasks Count,Child Tasks,Task Depth,Categories
        Zorb Segmentation,2,Weakly Supervised Zorb Segmentation; Articles...,2,Computer Vision
        3D,1,Zorb Segmentation,1,Computer Vision
        """;

    /// <summary>Prose in which "attention", "dense", "block", "lost" and "found" are ordinary lower-case words, and zorb names are capitalised.</summary>
    private static readonly WordUsage Usage = WordUsage.FromTexts(
        Enumerable.Repeat("We use attention in a dense block with gradient zorbing and focus on what was lost and found. ZorbNet and AdaZorb help.", 20));

    private static PwcImport ImportSample(IEnumerable<string>? skip = null)
    {
        using var temp = new TempDirectory();
        temp.File("methods.json", MethodsJson);
        temp.File("all_tasks_detailed.csv", TasksCsv);
        temp.File("task_hierarchy.csv", HierarchyCsv);
        return new PwcImporter(LexiconLoader.Curated, Usage, skip).Import(PwcDump.Read(temp.Path));
    }

    private static LexiconEntry Entry(PwcImport import, EntityKind kind, string name) =>
        Assert.Single(import.Entries, imported => imported.Entry.Kind == kind && imported.Entry.Name == name && !imported.Supplement).Entry;

    [Fact]
    public void A_named_method_becomes_a_method_entry_with_its_full_name_and_its_collection_as_parent()
    {
        var import = ImportSample();
        var zorbNet = Entry(import, EntityKind.Method, "ZorbNet");
        Assert.Equal("Zorbing Network", zorbNet.LongForm);
        Assert.Equal("Zorb Models", zorbNet.Parent);
        var collection = Entry(import, EntityKind.Technique, "Zorb Models");
        Assert.True(collection.IsTaxonomyOnly);
    }

    [Fact]
    public void Members_of_a_technique_family_and_common_terms_become_techniques()
    {
        var import = ImportSample();
        Assert.Equal("Stochastic Optimization", Entry(import, EntityKind.Technique, "AdaZorb").Parent);
        Assert.Equal("Zorb Models", Entry(import, EntityKind.Technique, "gradient zorbing").Parent);
    }

    [Fact]
    public void A_generic_word_an_ordinary_phrase_a_short_name_and_a_malformed_name_are_dropped_and_counted()
    {
        var import = ImportSample();
        var names = import.Entries.Select(imported => imported.Entry.Key).ToHashSet();
        Assert.DoesNotContain("attention", names);
        Assert.DoesNotContain("dense block", names);
        Assert.DoesNotContain("zn", names);
        Assert.DoesNotContain("deleted method", names);
        Assert.DoesNotContain("3d cnn", names);
        Assert.Equal(1, import.Counts["method: dropped, a modifier on a generic class (CNN, ReLU)"]);
        Assert.Equal(1, import.Counts["method: dropped, ordinary word"]);
        Assert.Equal(1, import.Counts["method: dropped, ordinary phrase (common words, not a technique head)"]);
        Assert.Equal(1, import.Counts["method: dropped, short name (3 letters or fewer) without a usable full name"]);
        Assert.Equal(1, import.Counts["method: dropped, malformed name"]);
    }

    [Fact]
    public void A_short_acronym_is_kept_by_its_full_name_without_the_acronym()
    {
        var import = ImportSample();
        var entry = Entry(import, EntityKind.Method, "Quick Zorb Network");
        Assert.Empty(entry.Acronyms);
    }

    [Fact]
    public void A_curated_entry_wins_and_only_gains_a_parent_and_a_compatible_synonym()
    {
        var import = ImportSample();
        var supplement = Assert.Single(import.Entries, imported => imported.Supplement && imported.Entry.Name == "ResNet");
        Assert.Equal(EntityKind.Method, supplement.Entry.Kind);
        Assert.Equal("Zorb Models", supplement.Entry.Parent);
        Assert.Contains("Residual Zorb Network", supplement.Entry.Synonyms);
        Assert.Equal(1, import.Counts["method: merged into a curated entry"]);
    }

    [Fact]
    public void Tasks_keep_their_acronym_and_take_a_parent_only_when_the_child_names_it()
    {
        var import = ImportSample();
        Assert.Equal("zorb segmentation", Entry(import, EntityKind.Task, "weakly supervised zorb segmentation").Parent);
        Assert.Null(Entry(import, EntityKind.Task, "zorb segmentation").Parent);
        Assert.Equal("ZQA", Assert.Single(Entry(import, EntityKind.Task, "zorb question answering").Acronyms));
        Assert.Equal(1, import.Counts["task hierarchy: IS_A kept"]);
        // "3D" over "zorb segmentation" and "zorb segmentation" over "articles" are loose associations, not IS_A.
        Assert.Equal(2, import.Counts["task hierarchy: dropped, child does not name its parent"]);
        Assert.Equal(1, import.Counts["task: dropped, one word"]);
        Assert.Equal(1, import.Counts["task: dropped, not headed by a task noun"]);
        Assert.All(import.OfKind(EntityKind.Task).Where(imported => !imported.Supplement), imported => Assert.True(imported.Entry.IsTaxonomyOnly));
    }

    [Fact]
    public void Top_datasets_become_case_sensitive_dataset_entries_unless_they_are_short_or_ordinary()
    {
        var import = ImportSample();
        var datasets = import.OfKind(EntityKind.Dataset).Select(imported => imported.Entry).ToList();
        var zorbSet = Assert.Single(datasets);
        Assert.Equal("ZorbSet-10K", zorbSet.Name);
        Assert.True(zorbSet.CaseSensitive);
        Assert.Equal(1, import.Counts["dataset: dropped, ordinary phrase (no name-shaped word)"]);
        Assert.Equal(1, import.Counts["dataset: dropped, short name (3 letters or fewer)"]);
        Assert.Equal(1, import.Counts["dataset: dropped, one capitalised word"]);
        // "SSL" is the curated acronym of self-supervised learning: curated wins.
        Assert.Equal(1, import.Counts["dataset: dropped, already curated"]);
    }

    [Fact]
    public void A_skipped_class_is_left_out()
    {
        var import = ImportSample(["method: named"]);
        Assert.DoesNotContain(import.Entries, imported => imported.Entry.Name == "ZorbNet");
        Assert.Contains(import.Entries, imported => imported.Entry.Name == "AdaZorb");
    }

    [Fact]
    public void Every_rendered_file_starts_with_the_attribution_and_loads_back_without_diagnostics()
    {
        var import = ImportSample();
        var files = PwcLexiconFiles.Render(import);
        Assert.Equal(4, files.Length);
        foreach (var (fileName, text) in files)
        {
            Assert.StartsWith(PwcLexiconFiles.AttributionHeader.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
            Assert.Contains("CC BY-SA 4.0", text, StringComparison.Ordinal);
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            LexiconLoader.Parse(text, fileName, diagnostics);
            Assert.Empty(diagnostics);
        }
        Assert.Equal(files.Select(file => file.Text), PwcLexiconFiles.Render(ImportSample()).Select(file => file.Text));
    }

    [Fact]
    public void Every_checked_in_generated_file_carries_the_attribution_header()
    {
        var data = Path.Combine(Repository.Root, "src", "PaperGraph.Core", "Lexicon", "Data");
        foreach (var (_, fileName) in PwcLexiconFiles.Files)
        {
            var text = File.ReadAllText(Path.Combine(data, fileName)).ReplaceLineEndings("\n");
            Assert.StartsWith(PwcLexiconFiles.AttributionHeader.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_task_from_the_hierarchy_is_linked_to_its_parent_by_IS_A_in_a_built_graph()
    {
        using var temp = new TempDirectory();
        var files = PwcLexiconFiles.Render(ImportSample(["supplements"]));
        var paths = files.Select(file => temp.File(file.FileName, file.Text)).ToList();
        var (lexicon, diagnostics) = LexiconLoader.Load(paths);
        Assert.Empty(diagnostics);
        var builder = new GraphBuilder(lexicon);
        // The task is taxonomy-only: the title pattern finds it, and the graph gives it the imported parent.
        builder.Add(new Extractor(lexicon).Extract(Papers.Make("Weakly Supervised Zorb Segmentation", "We study weakly supervised zorb segmentation on images.")));
        var graph = builder.Build();
        Assert.True(graph.TryGetNode(EntityKind.Task, "weakly supervised zorb segmentation", out var child));
        Assert.Contains(graph.IncidentEdges(child), edge => edge.Type == RelationType.IsA && ReferenceEquals(edge.Source, child) && edge.Target.Key == "zorb segmentation");
    }

    [Fact]
    public void The_built_in_task_hierarchy_puts_weakly_supervised_semantic_segmentation_under_semantic_segmentation()
    {
        var builder = new GraphBuilder(LexiconLoader.BuiltIn);
        builder.Add(Papers.Extract("Pixels", "We address weakly supervised semantic segmentation with class activation maps."));
        var graph = builder.Build();
        Assert.True(graph.TryGetNode(EntityKind.Task, "weakly supervised semantic segmentation", out var child));
        Assert.Contains(graph.IncidentEdges(child), edge => edge.Type == RelationType.IsA && ReferenceEquals(edge.Source, child) && edge.Target.Key == "semantic segmentation");
    }

    [Fact]
    public void A_built_in_method_gets_its_collection_as_an_IS_A_parent()
    {
        Assert.True(LexiconLoader.BuiltIn.TryGet(EntityKind.Method, "resnet", out var resnet));
        var parent = LexiconLoader.BuiltIn.ParentOf(resnet);
        Assert.NotNull(parent);
        Assert.Equal(EntityKind.Technique, parent.Kind);
    }
}
