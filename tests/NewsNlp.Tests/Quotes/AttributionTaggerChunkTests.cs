using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Learning;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// The learned tagger computes its features per chunk of whole paragraphs (memory, issue 14): the tags, margins and cue
/// levels must be exactly those of one pass over the whole document, whatever the chunk size.
/// </summary>
public sealed class AttributionTaggerChunkTests
{
    public static TheoryData<string> Seeds => new(Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Chunked_features_tag_exactly_as_the_whole_document(string seed)
    {
        string text = File.ReadAllText(SharedData.Seed(seed));
        AssertChunkingChangesNothing(text);
    }

    [Fact]
    public void Chunked_features_tag_exactly_as_the_whole_document_on_several_articles_in_one()
    {
        string text = string.Join("\n\n", Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        AssertChunkingChangesNothing(text);
    }

    [Fact]
    public void Tagging_with_the_padded_weight_table_gives_the_training_pass_tags_and_margins()
    {
        // Tag scores with PaddedWeights (one 8-float vector add per bucket) over chunks of paragraphs; the training code's
        // pass (no padded table) adds each weight row class by class over the whole document: the same sums in the same order.
        AttributionTagger tagger = AttributionTagger.Embedded ?? throw new InvalidOperationException("no embedded tagger");
        string text = string.Join("\n\n", Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        NewsDocument document = NewsPipeline.CreateDefault().Process(text);
        using DocumentView v = AttributionTrainer.Prepare(document, useEntities: true);
        int n = v.Count;
        (int[] Tags, float[] Margins, byte[] Levels) blocked = Tag(tagger, v, AttributionTagger.ChunkTokens);

        bool[] gate = AttributionTagger.Gate(v, tagger.GateMode, blocked.Levels);
        using var features = new AttributionFeatures(v, tagger.Cues);
        int[] first = new int[n];
        AttributionTagger.Pass(tagger.First, null, features, v, gate, first, null, CancellationToken.None, tagger.OutsideBias);
        using var stacked = new AttributionFeatures(features, first);
        int[] tags = new int[n];
        float[] margins = new float[n];
        AttributionTagger.Pass(tagger.Stacked!, null, stacked, v, AttributionTagger.StackedGate(v, gate, first), tags, null, CancellationToken.None, tagger.OutsideBias, margins);

        Assert.Contains(tags, t => t != AttributionTag.Outside);
        Assert.Equal(tags, blocked.Tags);
        Assert.Equal(margins, blocked.Margins);
    }

    [Fact]
    public void Chunks_cover_every_token_once_and_end_only_at_paragraph_starts()
    {
        NewsDocument document = NewsPipeline.CreateDefault().Process(File.ReadAllText(SharedData.Seed("rotterdam-port-strike.txt")));
        using DocumentView v = AttributionTrainer.Prepare(document, useEntities: true);
        var chunks = AttributionTagger.FeatureChunks(v, 1).ToList();
        Assert.True(chunks.Count > 5, $"{chunks.Count} chunks");
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(v.Count, chunks[^1].End);
        Assert.Equal(document.Sentences.Count, chunks[^1].EndSentence);
        for (int c = 1; c < chunks.Count; c++)
        {
            Assert.Equal(chunks[c - 1].End, chunks[c].Start);
            Assert.Equal(chunks[c - 1].EndSentence, chunks[c].FirstSentence);
            Assert.NotEqual(v.ParagraphOf[chunks[c].Start - 1], v.ParagraphOf[chunks[c].Start]);
            Assert.Equal(chunks[c].Start, document.Sentences[chunks[c].FirstSentence].FirstToken);
        }

        Assert.Single(AttributionTagger.FeatureChunks(v, int.MaxValue));
    }

    private static void AssertChunkingChangesNothing(string text)
    {
        AttributionTagger tagger = AttributionTagger.Embedded ?? throw new InvalidOperationException("no embedded tagger");
        NewsDocument document = NewsPipeline.CreateDefault().Process(text);
        using DocumentView v = AttributionTrainer.Prepare(document, useEntities: true);
        int n = v.Count;
        (int[] Tags, float[] Margins, byte[] Levels) whole = Tag(tagger, v, int.MaxValue);
        Assert.Contains(whole.Tags, t => t != AttributionTag.Outside);
        foreach (int chunkTokens in (int[])[2, 50, 400])
        {
            Assert.True(AttributionTagger.FeatureChunks(v, chunkTokens).Count() > 1 || chunkTokens > n);
            (int[] Tags, float[] Margins, byte[] Levels) chunked = Tag(tagger, v, chunkTokens);
            Assert.Equal(whole.Tags, chunked.Tags);
            Assert.Equal(whole.Margins, chunked.Margins);
            Assert.Equal(whole.Levels, chunked.Levels);
        }
    }

    private static (int[] Tags, float[] Margins, byte[] Levels) Tag(AttributionTagger tagger, DocumentView v, int chunkTokens)
    {
        int[] tags = new int[v.Count];
        float[] margins = new float[v.Count];
        byte[] levels = new byte[v.Count];
        tagger.Tag(v, tags, CancellationToken.None, margins, levels, chunkTokens);
        return (tags, margins, levels);
    }
}
