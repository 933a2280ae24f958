using PaperGraph.Graph;
using PaperGraph.Syntax;

namespace PaperGraph.Cli.Commands;

/// <summary>The JSON shape of one piece of evidence in --json outputs (as in the saved graph).</summary>
internal static class EvidenceJson
{
    public static object From(Evidence evidence) => new
    {
        paper = evidence.PaperId,
        field = evidence.Field.ToName(),
        sentence = evidence.Sentence,
        start = evidence.Start,
        end = evidence.End,
        text = evidence.Text,
        sentence_text = evidence.SentenceText,
    };

    /// <summary>Scores rounded so that --json output is stable across platforms and easy to read.</summary>
    public static double Round(double value) => Math.Round(value, 4);
}
