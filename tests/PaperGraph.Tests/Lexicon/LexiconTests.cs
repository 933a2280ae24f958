using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Lexicon;

public sealed class LexiconTests
{
    [Theory]
    [InlineData(EntityKind.Technique, 250)]
    [InlineData(EntityKind.Dataset, 400)]
    [InlineData(EntityKind.Task, 200)]
    public void Built_in_lexicons_are_large_enough(EntityKind kind, int minimum)
    {
        Assert.True(LexiconLoader.BuiltIn.OfKind(kind).Count() >= minimum);
    }

    [Fact]
    public void Built_in_lexicons_load_without_diagnostics()
    {
        var (_, diagnostics) = LexiconLoader.Load([]);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_technique_taxonomy_links_LoRA_to_fine_tuning_and_mixup_to_data_augmentation()
    {
        var lexicon = LexiconLoader.BuiltIn;
        Assert.True(lexicon.TryGet(EntityKind.Technique, "lora", out var lora));
        Assert.Contains(lexicon.Ancestors(lora), entry => entry.Key == "fine tuning");
        Assert.True(lexicon.TryGet(EntityKind.Technique, "mixup", out var mixup));
        Assert.Contains(lexicon.Ancestors(mixup), entry => entry.Key == "data augmentation");
    }

    [Fact]
    public void A_user_lexicon_adds_entries_that_the_extractor_then_finds()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mine.yaml", "version: 1\ntechniques:\n  - name: zorbing\n    acronyms: [ZRB]\n    parent: data augmentation\n");
        var (lexicon, diagnostics) = LexiconLoader.Load([path]);
        Assert.Empty(diagnostics);
        var paper = new PaperGraph.Extraction.Extractor(lexicon).Extract(Papers.Make("T", "We apply zorbing (ZRB) to images."));
        Assert.Contains(paper.Entities, entity => entity.Key == "zorbing" && entity.Kind == EntityKind.Technique);
    }

    [Theory]
    [InlineData("techniques: [unclosed", "PG2001")]
    [InlineData("version: 1\ngadgets:\n  - name: x\n", "PG2001")]
    [InlineData("version: 1\ntechniques:\n  - synonyms: [x]\n", "PG2002")]
    [InlineData("version: 1\ntechniques:\n  - name: x\n    parent: no such parent\n", "PG2003")]
    public void Broken_user_lexicons_are_diagnostics_with_a_line(string yaml, string id)
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.yaml", yaml);
        var (_, diagnostics) = LexiconLoader.Load([path]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains("bad.yaml", diagnostic.Location.FilePath);
    }
}
