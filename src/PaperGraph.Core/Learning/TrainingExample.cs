using System.Collections.Immutable;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>One annotated paper prepared for training: its facts, the recognizers' candidates, the gold tags and labels.</summary>
internal sealed class TrainingExample
{
    public TrainingExample(DocumentFacts facts, ImmutableArray<EntityCandidate> candidates, int[] titleTags, int[] abstractTags, Dictionary<string, EntityLabel> labels)
    {
        Facts = facts;
        Candidates = candidates;
        TitleTags = titleTags;
        AbstractTags = abstractTags;
        Labels = labels;
    }

    public DocumentFacts Facts { get; }
    public ImmutableArray<EntityCandidate> Candidates { get; }
    public int[] TitleTags { get; }
    public int[] AbstractTags { get; }
    public Dictionary<string, EntityLabel> Labels { get; }

    public int[] TagsOf(DocumentField field) => field == DocumentField.Title ? TitleTags : AbstractTags;

    /// <summary>Token features of each section, computed once for all epochs.</summary>
    public ulong[][][] TokenFeatureCache { get; } = new ulong[2][][];
}
