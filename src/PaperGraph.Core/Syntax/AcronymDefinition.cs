using PaperGraph.Text;

namespace PaperGraph.Syntax;

/// <summary>A paper's own definition of an acronym: "Low-Rank Adaptation (LoRA)" links LoRA to its long form.</summary>
internal sealed record AcronymDefinition(
    DocumentField Field,
    int Sentence,
    TextSpan ShortSpan,
    string ShortForm,
    TextSpan LongSpan,
    string LongForm);
