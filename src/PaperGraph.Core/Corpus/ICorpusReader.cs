namespace PaperGraph.Corpus;

/// <summary>Reads one file's papers lazily, one at a time, turning bad input into diagnostics.</summary>
internal interface ICorpusReader
{
    InputFormat Format { get; }

    /// <param name="displayPath">The path shown in sources and diagnostics.</param>
    /// <param name="lines">
    /// The file's lines, decoded; <see langword="null"/> is a line that could not be decoded, already reported by
    /// whoever decoded it: the reader skips it and what depended on it (a seed page's title/abstract pair).
    /// </param>
    IEnumerable<CorpusEntry> Read(string displayPath, IEnumerable<string?> lines);
}
