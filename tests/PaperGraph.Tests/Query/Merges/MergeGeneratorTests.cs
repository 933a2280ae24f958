using PaperGraph.Graph;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Query.Merges;
using static PaperGraph.Tests.Query.Merges.MergeGraphs;

namespace PaperGraph.Tests.Query.Merges;

/// <summary>Each candidate generator finds the pair it is for, on a hand-made graph, and pairs nothing unrelated.</summary>
public sealed class MergeGeneratorTests
{
    private static List<(string, string)> Pairs(IMergeCandidateGenerator generator, KnowledgeGraph graph, EntityLexicon? lexicon = null) =>
        [.. generator.Propose(new MergeScope(graph, lexicon ?? EntityLexicon.Empty))
            .Select(proposal => string.CompareOrdinal(proposal.Left.Name, proposal.Right.Name) < 0 ? (proposal.Left.Name, proposal.Right.Name) : (proposal.Right.Name, proposal.Left.Name))
            .Distinct()];

    [Fact]
    public void An_acronym_whose_long_form_is_another_node_is_paired_with_it()
    {
        var graph = Of(Technique("LoRA", "low-rank adaptation"), Technique("low-rank adaptation"), Technique("mixup"));
        Assert.Equal([("LoRA", "low-rank adaptation")], Pairs(new AcronymLongFormCandidates(), graph));
    }

    [Fact]
    public void A_capitalised_name_that_spells_another_names_initials_is_paired_with_it()
    {
        var graph = Of(Method("GNN"), Method("graph neural network"), Method("generative adversarial network"), Method("Transformer"));
        var pairs = Pairs(new AcronymLongFormCandidates(), graph);
        Assert.Contains(("GNN", "graph neural network"), pairs);
        Assert.DoesNotContain(pairs, pair => pair.Item2 == "generative adversarial network" || pair.Item1 == "Transformer");
    }

    [Fact]
    public void A_sense_of_an_acronym_kept_apart_is_read_by_its_name_not_its_display_name()
    {
        var names = new[] { "GNN (Jul 30, pruning)", "GNN (Mar 13, segmentation)", "graph neural network" };
        var keys = Of([.. names.Select(name => Method(name))]).Entities.ToDictionary(node => node.Name, node => node.Key);
        var graph = Of([new KeptApart(EntityKind.Method, "GNN", [keys[names[0]], keys[names[1]]], "different papers")], [.. names.Select(name => Method(name))]);
        Assert.Equal([("GNN (Jul 30, pruning)", "graph neural network"), ("GNN (Mar 13, segmentation)", "graph neural network")], Pairs(new AcronymLongFormCandidates(), graph).Order().ToList());
    }

    [Fact]
    public void Names_that_differ_only_in_a_hyphen_or_space_are_spelling_variants()
    {
        var graph = Of(Technique("pre-training"), Technique("pretraining"), Technique("pre-processing"), Dataset("Domain-Net"), Dataset("DomainNet"));
        Assert.Equal([("Domain-Net", "DomainNet"), ("pre-training", "pretraining")], Pairs(new SpellingVariantCandidates(), graph).Order().ToList());
    }

    [Fact]
    public void Names_one_once_every_word_is_singular_are_plural_and_singular()
    {
        var graph = Of(Method("graphs neural network"), Method("graph neural network"), Method("graph attention network"));
        Assert.Equal([("graph neural network", "graphs neural network")], Pairs(new PluralSingularCandidates(), graph));
    }

    [Fact]
    public void Nodes_named_by_forms_of_one_lexicon_entry_are_synonyms_and_say_where_from()
    {
        var entry = new LexiconEntry(PaperGraph.Model.EntityKind.Technique, "knowledge distillation", null, ["KD"], ["model distillation"], null, false, "test.yaml");
        var graph = Of(Technique("knowledge distillation"), Technique("model distillation"), Technique("distillation loss"));
        var proposals = new LexiconSynonymCandidates().Propose(new MergeScope(graph, new EntityLexicon([entry]))).ToList();
        var proposal = Assert.Single(proposals);
        Assert.Equal(("knowledge distillation", "model distillation"), (proposal.Left.Name, proposal.Right.Name));
        Assert.Contains("synonyms in the lexicon", proposal.Reason);
    }

    [Fact]
    public void The_built_in_Papers_with_Code_synonyms_are_proposed()
    {
        // The built-in lexicon carries the Papers with Code entries: a form it knows under two spellings is a synonym pair.
        var (lexicon, _) = LexiconLoader.Load([]);
        var entry = lexicon.Entries.First(entry => entry.Origin.Contains("pwc", StringComparison.OrdinalIgnoreCase) && !entry.IsTaxonomyOnly
            && entry.SurfaceForms.Any(form => MergeScope.KeyOf(form) != entry.Key && MergeScope.KeyOf(form).Length > 3));
        var other = entry.SurfaceForms.First(form => MergeScope.KeyOf(form) != entry.Key && MergeScope.KeyOf(form).Length > 3);
        var kind = entry.Kind;
        var graph = Of((kind, entry.Name, null), (kind, other, null));
        var proposal = Assert.Single(new LexiconSynonymCandidates().Propose(new MergeScope(graph, lexicon)));
        Assert.Contains("Papers with Code", proposal.Reason);
    }

    [Fact]
    public void A_name_kept_apart_is_a_low_scored_homonym_candidate()
    {
        var graph = Of([new KeptApart(EntityKind.Method, "Hydra", ["hydra jul 30", "hydra mar 13"], "different papers")], Method("Hydra (Jul 30)"), Method("Hydra (Mar 13)"));
        // Keys as the builder gives senses of a homonym.
        var senses = graph.Entities.ToList();
        var kept = new KeptApart(EntityKind.Method, "Hydra", [.. senses.Select(node => node.Key)], "different papers");
        graph = Of([kept], Method("Hydra (Jul 30)"), Method("Hydra (Mar 13)"));
        var proposal = Assert.Single(new HomonymCandidates().Propose(new MergeScope(graph, EntityLexicon.Empty)));
        Assert.True(proposal.Score < 0.5);
        Assert.Contains("same name proposed by different papers", proposal.Reason);
    }

    [Fact]
    public void A_misspelling_and_most_words_shared_are_near_duplicates_but_numbered_variants_are_not()
    {
        var graph = Of(Method("Transfomer"), Method("Transformer"), Dataset("CIFAR-10"), Dataset("CIFAR-100"), Dataset("ResNet-50 features"), Dataset("ResNet-101 features"),
            Technique("graph neural network"), Technique("graph neural network model"), Technique("image classification"), Technique("image segmentation"));
        var pairs = Pairs(new NearDuplicateCandidates(), graph);
        Assert.Contains(("Transfomer", "Transformer"), pairs);
        Assert.Contains(("graph neural network", "graph neural network model"), pairs);
        Assert.DoesNotContain(("CIFAR-10", "CIFAR-100"), pairs);
        Assert.DoesNotContain(("image classification", "image segmentation"), pairs);
        Assert.Equal(2, pairs.Count);
    }

    [Fact]
    public void Near_duplicates_are_only_compared_within_a_kind()
    {
        var graph = Of(Method("Transfomer"), Technique("Transformer"));
        Assert.Empty(Pairs(new NearDuplicateCandidates(), graph));
    }

    [Fact]
    public void Embedding_neighbours_within_a_kind_above_the_threshold_are_candidates()
    {
        // A stand-in encoder with known vectors: the generator's threshold and kind rules, without the model. It is
        // handed name keys (case, hyphens and the last word's plural folded).
        var vectors = new Dictionary<string, float[]>
        {
            ["image segmentation"] = [1, 0, 0],
            ["segmenting image"] = [0.96f, 0.28f, 0],
            ["speech recognition"] = [0, 0, 1],
            ["recognising speech"] = [0, 0.6f, 0.8f],
        };
        var graph = Of(Technique("image segmentation"), Technique("segmenting images"), Technique("speech recognition"), Method("recognising speech"));
        var pairs = Pairs(new EmbeddingCandidates(new FixedEmbedder(vectors)), graph);
        Assert.Equal([("image segmentation", "segmenting images")], pairs);
    }

    [Fact]
    public void Senses_of_a_name_kept_apart_are_compared_by_the_name_not_by_their_papers_context()
    {
        // The builder names each sense for its paper: "KAN (gradient reversal layer)", "WINA (gradient reversal layer)"
        // share their context, not their name, and are no near-duplicates; two senses of one name are the homonym
        // generator's, not a spelling or near-duplicate pair.
        var names = new[] { "KAN (gradient reversal layer)", "WINA (gradient reversal layer)", "KAN (pruning)" };
        var plain = Of([.. names.Select(name => Method(name))]);
        var keys = plain.Entities.ToDictionary(node => node.Name, node => node.Key);
        var graph = Of(
            [new KeptApart(EntityKind.Method, "KAN", [keys[names[0]], keys[names[2]]], "different papers"), new KeptApart(EntityKind.Method, "WINA", [keys[names[1]]], "different papers")],
            [.. names.Select(name => Method(name))]);
        Assert.Empty(Pairs(new NearDuplicateCandidates(), graph));
        Assert.Empty(Pairs(new SpellingVariantCandidates(), graph));
        Assert.Single(Pairs(new HomonymCandidates(), graph));
    }

    private sealed class FixedEmbedder(Dictionary<string, float[]> vectors) : ISentenceEmbedder
    {
        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation) => [.. texts.Select(text => vectors[text])];
    }
}
