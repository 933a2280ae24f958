namespace PaperGraph.Graph.Building;

/// <summary>A mention as the graph keeps it: its sentence row, its span in the field, and where it starts in the sentence.</summary>
internal readonly record struct EvidenceRow(int Sentence, int Start, int End, int InSentence);
