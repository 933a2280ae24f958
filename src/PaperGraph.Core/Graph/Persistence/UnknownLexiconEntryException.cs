using PaperGraph.Model;

namespace PaperGraph.Graph.Persistence;

/// <summary>The replay log names a lexicon entry the build's lexicon does not have: the graph was built with other lexicon files.</summary>
internal sealed class UnknownLexiconEntryException(EntityKind kind, string key, string paperId)
    : Exception($"paper {paperId} was extracted with the lexicon entry {EntityKindNames.ToName(kind)} '{key}', which the lexicon of this build does not have")
{
    public EntityKind Kind { get; } = kind;
    public string Key { get; } = key;
}
