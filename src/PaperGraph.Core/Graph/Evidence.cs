using PaperGraph.Syntax;

namespace PaperGraph.Graph;

/// <summary>Why an edge exists: the paper, the sentence index and the exact span of the mention, and the sentence itself.</summary>
public sealed record Evidence(string PaperId, DocumentField Field, int Sentence, int Start, int End, string Text, string SentenceText);
