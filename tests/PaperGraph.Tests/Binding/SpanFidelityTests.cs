using PaperGraph.Syntax;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Binding;

public sealed class SpanFidelityTests
{
    [Fact]
    public void Every_mention_on_every_seed_slices_back_to_its_text()
    {
        var mentions = 0;
        foreach (var paper in SeedCorpus.Extracted)
        {
            foreach (var entity in paper.Entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    var source = mention.Field == DocumentField.Title ? paper.Paper.Title : paper.Paper.Abstract;
                    Assert.Equal(mention.Text, source.Substring(mention.Span.Start, mention.Span.Length));
                    Assert.Contains(mention.Text, paper.Sentences[mention.Sentence]);
                    mentions++;
                }
            }
        }
        Assert.True(mentions > 2000, $"only {mentions} mentions on the seeds");
    }

    [Fact]
    public void Mentions_of_one_paper_never_overlap()
    {
        foreach (var paper in SeedCorpus.Extracted)
        {
            var spans = paper.Entities.SelectMany(e => e.Mentions).GroupBy(m => m.Field);
            foreach (var field in spans)
            {
                var ordered = field.OrderBy(m => m.Span.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    Assert.True(ordered[i - 1].Span.End <= ordered[i].Span.Start, $"{paper.Paper.Title}: '{ordered[i - 1].Text}' overlaps '{ordered[i].Text}'");
                }
            }
        }
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var paper = SeedCorpus.Extracted[7].Paper;
        var first = Papers.Extractor.Extract(paper);
        var second = Papers.Extractor.Extract(paper);
        Assert.Equal(first.Entities.Select(e => (e.Key, e.Mentions.Length)), second.Entities.Select(e => (e.Key, e.Mentions.Length)));
    }
}
