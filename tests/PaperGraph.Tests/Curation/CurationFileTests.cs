using System.Collections.Immutable;
using PaperGraph.Curation;
using PaperGraph.Diagnostics;
using PaperGraph.Model;

namespace PaperGraph.Tests.Curation;

public sealed class CurationFileTests
{
    private static (ImmutableArray<CurationDecision> Decisions, ImmutableArray<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var decisions = CurationFile.Parse(yaml, "curation.yaml", diagnostics);
        return (decisions, diagnostics.ToImmutable());
    }

    [Fact]
    public void Every_decision_of_the_documented_example_is_read_with_its_line()
    {
        var (decisions, diagnostics) = Parse("""
            # curation.yaml — decisions about entities
            - merge: [LoRA, low-rank adaptation]          # the second becomes an alias of the first
            - keep-apart: [BERT, BERT-of-Theseus]
            - rename: {LoRA: "Low-Rank Adaptation"}
            - kind: {mixup: technique}
            - drop: [our approach]
            - parent: {LoRA: parameter-efficient fine-tuning}
            - merge: ["A, B", "method:C"]
            """);
        Assert.Empty(diagnostics);
        Assert.Equal([CurationDecisionKind.Merge, CurationDecisionKind.KeepApart, CurationDecisionKind.Rename, CurationDecisionKind.Kind,
            CurationDecisionKind.Drop, CurationDecisionKind.Parent, CurationDecisionKind.Merge], decisions.Select(decision => decision.Kind));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], decisions.Select(decision => decision.Line));
        Assert.Equal("curation.yaml line 2", decisions[0].Source);
        Assert.Equal(["LoRA", "low-rank adaptation"], decisions[0].Entities.Select(entity => entity.Name));
        Assert.Equal("Low-Rank Adaptation", decisions[2].NewName);
        Assert.Equal(EntityKind.Technique, decisions[3].NewKind);
        Assert.Equal(["LoRA", "parameter-efficient fine-tuning"], decisions[5].Entities.Select(entity => entity.Name));
        Assert.Equal(new EntityReference(null, "A, B"), decisions[6].Entities[0]);
        Assert.Equal(new EntityReference(EntityKind.Method, "C"), decisions[6].Entities[1]);
    }

    [Fact]
    public void A_kind_prefix_is_read_only_when_it_names_a_kind()
    {
        Assert.Equal(new EntityReference(EntityKind.Task, "segmentation"), EntityReference.Parse("task:segmentation"));
        Assert.Equal(new EntityReference(null, "Mask R-CNN: a note"), EntityReference.Parse("Mask R-CNN: a note"));
    }

    [Fact]
    public void An_unknown_key_and_a_misshapen_decision_are_warnings_with_their_line_and_the_rest_is_read()
    {
        var (decisions, diagnostics) = Parse("""
            - split: [ViT]
            - merge: [ViT]
            - kind: {mixup: algorithm}
            - drop: [ImageNet]
            """);
        Assert.Equal(CurationDecisionKind.Drop, Assert.Single(decisions).Kind);
        Assert.Equal([("PG2102", 1), ("PG2103", 2), ("PG2103", 3)], diagnostics.Select(d => (d.Id, d.Location.Line)));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_its_file_and_line()
    {
        var (decisions, diagnostics) = Parse("""
            - merge: [LoRA, low-rank adaptation]
            - merge: [ViT, "vision transformer]
            """);
        Assert.Empty(decisions);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("PG2101", DiagnosticSeverity.Error, "curation.yaml"), (error.Id, error.Severity, error.Location.FilePath));
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_mapping_at_the_top_is_an_error_not_a_list_of_decisions()
    {
        var (_, diagnostics) = Parse("merge: [LoRA, low-rank adaptation]\n");
        Assert.Equal("PG2101", Assert.Single(diagnostics).Id);
    }
}
