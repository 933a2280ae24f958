namespace PaperGraph.Syntax;

internal enum TokenKind
{
    /// <summary>Letters, possibly with digits ("ResNet", "wav2vec", "LoRA").</summary>
    Word,
    /// <summary>Digits, possibly with a decimal point ("50", "2.0").</summary>
    Number,
    /// <summary>Any other single character that is not white space.</summary>
    Punctuation,
}
