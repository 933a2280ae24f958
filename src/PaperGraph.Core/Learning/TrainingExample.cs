using System.Collections.Immutable;
using PaperGraph.Evaluation;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Learning;

/// <summary>One annotated paper prepared for training: its facts, the recognizers' candidates, the gold tags and labels.</summary>
internal sealed class TrainingExample
{
    public TrainingExample(DocumentFacts facts, ImmutableArray<EntityCandidate> candidates, GoldPaper gold, int[] titleTags, int[] abstractTags, Dictionary<string, EntityLabel> labels,
        int[]? titleAllowed = null, int[]? abstractAllowed = null)
    {
        Gold = gold;
        TitleAllowed = titleAllowed;
        AbstractAllowed = abstractAllowed;
        Facts = facts;
        Candidates = candidates;
        TitleTags = titleTags;
        AbstractTags = abstractTags;
        Labels = labels;
    }

    public DocumentFacts Facts { get; }
    public GoldPaper Gold { get; }
    public ImmutableArray<EntityCandidate> Candidates { get; }
    public int[] TitleTags { get; }
    public int[] AbstractTags { get; }
    public Dictionary<string, EntityLabel> Labels { get; }

    public int[] TagsOf(DocumentField field) => field == DocumentField.Title ? TitleTags : AbstractTags;

    /// <summary>The tags each token may take, for a paper annotated for some kinds only (<see cref="GoldAlignment.AllowedTags"/>).</summary>
    public int[]? TitleAllowed { get; }
    public int[]? AbstractAllowed { get; }

    public int[]? AllowedOf(DocumentField field) => field == DocumentField.Title ? TitleAllowed : AbstractAllowed;

    /// <summary>Whether every kind is annotated, so a candidate that is no annotated entity is known to be none.</summary>
    public bool IsComplete => TitleAllowed is null;

    /// <summary>Token features of each section, computed once for all epochs.</summary>
    public ulong[][][] TokenFeatureCache { get; } = new ulong[2][][];
}
