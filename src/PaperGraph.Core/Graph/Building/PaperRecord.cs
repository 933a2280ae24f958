using System.Collections.Immutable;

namespace PaperGraph.Graph.Building;

/// <summary>A paper's listing: arrays rather than sets, as a million papers each have one or two dates and sources.</summary>
internal sealed class PaperRecord(string id, string title)
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    public ImmutableArray<string> Dates { get; set; } = [];
    public ImmutableArray<string> Sources { get; set; } = [];
}
