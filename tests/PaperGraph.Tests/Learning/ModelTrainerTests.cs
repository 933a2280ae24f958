using PaperGraph.Extraction;
using PaperGraph.Learning;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Learning;

public sealed class ModelTrainerTests
{
    private static readonly TrainingOptions Quick = new() { TaggerEpochs = 5, DecisionEpochs = 5, Folds = 3 };
    private static readonly Lazy<ExtractionModel> Tiny = new(() => ModelTrainer.Train(TinyCorpus.Papers(), EntityLexicon.Empty, Quick));

    [Fact]
    public void A_dataset_name_seen_only_in_its_cue_during_training_is_a_dataset_in_a_new_sentence_with_the_cue()
    {
        var extractor = new Extractor(EntityLexicon.Empty, model: Tiny.Value);
        var paper = extractor.Extract(Papers.Make("A new study of text classification", "We release the Wexford corpus of court records. It is large."));
        var dataset = Assert.Single(paper.Entities, entity => entity.Kind == EntityKind.Dataset);
        Assert.Equal("Wexford", dataset.Name);
    }

    [Fact]
    public void A_term_seen_in_training_only_in_cue_contexts_is_recognised_in_a_new_sentence()
    {
        var extractor = new Extractor(EntityLexicon.Empty, model: Tiny.Value);
        var paper = extractor.Extract(Papers.Make("Notes on parsing", "We regularise a tagger with hushdrop."));
        var technique = Assert.Single(paper.Entities, entity => entity.Kind == EntityKind.Technique);
        Assert.Equal("hushdrop", technique.Name);
    }

    [Fact]
    public void A_name_never_seen_in_training_is_found_in_a_learned_cue_where_the_rules_find_nothing()
    {
        const string text = "We regularise the classifier with zenithdrop during training.";
        var learned = new Extractor(EntityLexicon.Empty, model: Tiny.Value).Extract(Papers.Make("Notes on parsing", text));
        Assert.Equal("zenithdrop", Assert.Single(learned.Entities, entity => entity.Kind == EntityKind.Technique).Name);
        var rules = new Extractor(EntityLexicon.Empty).Extract(Papers.Make("Notes on parsing", text));
        Assert.Empty(rules.Entities);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Papers_annotated_for_some_kinds_only_do_not_teach_the_other_kinds_as_no_entity(bool unannotatedAsEmpty)
    {
        var model = ModelTrainer.Train(TinyCorpus.WithDatasetOnlyPapers(unannotatedAsEmpty), EntityLexicon.Empty, Quick);
        var extractor = new Extractor(EntityLexicon.Empty, model: model);
        var paper = extractor.Extract(Papers.Make("Notes on parsing", "We regularise a tagger with hushdrop during training."));
        var techniques = paper.Entities.Where(entity => entity.Kind == EntityKind.Technique).Select(entity => entity.Name).ToList();
        if (unannotatedAsEmpty)
        {
            // The control: read as "no technique here", the dataset-only papers outvote the annotated ones.
            Assert.DoesNotContain("hushdrop", techniques);
        }
        else
        {
            Assert.Equal(["hushdrop"], techniques);
        }
    }

    [Fact]
    public void Training_twice_on_the_same_papers_gives_the_same_bytes()
    {
        var first = ModelFile.Write(ModelTrainer.Train(TinyCorpus.Papers(), EntityLexicon.Empty, Quick));
        var second = ModelFile.Write(ModelTrainer.Train(TinyCorpus.Papers(), EntityLexicon.Empty, Quick));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_written_model_reads_back_and_extracts_the_same()
    {
        var bytes = ModelFile.Write(Tiny.Value);
        var (read, problem) = ModelFile.Read(bytes, "tiny.pgm");
        Assert.Null(problem);
        Assert.Equal(bytes, ModelFile.Write(read!));
    }
}
