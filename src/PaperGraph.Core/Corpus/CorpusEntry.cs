using PaperGraph.Diagnostics;

namespace PaperGraph.Corpus;

/// <summary>What a reader yields: a paper, or a problem with the input. Readers stream these one at a time.</summary>
internal abstract record CorpusEntry;

/// <summary>A paper read from the input.</summary>
internal sealed record PaperEntry(Paper Paper) : CorpusEntry;

/// <summary>A problem found while reading; the reader goes on with the next paper.</summary>
internal sealed record DiagnosticEntry(Diagnostic Diagnostic) : CorpusEntry;
