namespace PaperGraph.Corpus;

/// <summary>Reads one file's papers lazily, one at a time, turning bad input into diagnostics.</summary>
public interface ICorpusReader
{
    InputFormat Format { get; }

    /// <param name="displayPath">The path shown in sources and diagnostics.</param>
    /// <param name="lines">The file's lines, decoded; an exception from the enumerator means undecodable bytes.</param>
    IEnumerable<CorpusEntry> Read(string displayPath, IEnumerable<string> lines);
}
