using System.Collections.Immutable;
using PaperGraph.Corpus;
using PaperGraph.Learning;

namespace PaperGraph.Pipeline;

/// <summary>What a <see cref="PaperPipeline"/> reads and how it extracts.</summary>
public sealed record PipelineOptions
{
    /// <summary>Files, directories or globs; "-" is standard input. The format of each is told from its content.</summary>
    public ImmutableArray<string> Inputs { get; init; } = [];

    /// <summary>Overrides the format detection for every input.</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>Lexicon YAML files (docs/lexicon.md) added to the built-in lexicons.</summary>
    public ImmutableArray<string> LexiconFiles { get; init; } = [];

    /// <summary>A curation file (docs/curation.md) whose decisions about entities the graph build applies; null for none.</summary>
    public string? CurationFile { get; init; }

    /// <summary>The trained tagger and decision stage: the built-in model by default; null extracts with the recognizers and rules alone.</summary>
    public ExtractionModel? Model { get; init; } = ExtractionModel.BuiltIn;

    /// <summary>Extraction threads; 0 uses every core. Output order never depends on it.</summary>
    public int Threads { get; init; }

    /// <summary>Stops the run at the next paper (an <see cref="OperationCanceledException"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Told how long each phase of a graph build took, for <c>build --verbose</c>; null when nobody asks.</summary>
    public Action<PipelineTiming>? Timings { get; init; }

    /// <summary>Options for <paramref name="inputs"/>, the rest as by default.</summary>
    public static PipelineOptions For(params IEnumerable<string> inputs) => new() { Inputs = [.. inputs] };
}
