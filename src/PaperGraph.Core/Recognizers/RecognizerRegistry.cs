using System.Collections.Immutable;

namespace PaperGraph.Recognizers;

/// <summary>The one place where built-in recognizers are registered.</summary>
internal static class RecognizerRegistry
{
    public static ImmutableArray<Recognizer> BuiltIn { get; } =
    [
        new LexiconRecognizer(),
        new AcronymDefinitionRecognizer(),
        new MethodNameRecognizer(),
        new DatasetPatternRecognizer(),
        new TaskPatternRecognizer(),
        new TitleTaskRecognizer(),
        new HeadPhraseRecognizer(),
        new NameVariantRecognizer(),
        new CoordinationRecognizer(),
        new TaggerRecognizer(),
    ];
}
