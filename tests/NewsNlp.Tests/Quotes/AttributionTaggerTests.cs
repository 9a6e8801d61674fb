using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Learning;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// The learned attribution tagger: training on small made-up articles (determinism, learning the pattern, save/load),
/// its feature extraction, the model-file checks, and a bounded training run on PolNeAR when the data is present.
/// </summary>
public class AttributionTaggerTests
{
    private static readonly string[] Names = ["Anna Berg", "Tom Reyes", "Lena Hart", "Omar Said", "Ruth Kline", "Paul Dunn"];
    private static readonly string[] Claims =
    [
        "the port would reopen next week", "the strike had cost millions", "talks would resume on Monday",
        "the plan was too expensive", "the council had ignored residents", "prices would fall next year",
    ];

    private static readonly AttributionTrainingOptions Small = new() { Epochs = 3, BucketBits = 12, UseEntities = false, MinContentMargin = 0 };

    /// <summary>Articles of "NAME said that CLAIM." sentences with gold source, cue and content spans.</summary>
    private static List<PolnearArticle> MadeUpArticles(int count)
    {
        var articles = new List<PolnearArticle>();
        for (int a = 0; a < count; a++)
        {
            var text = new System.Text.StringBuilder();
            var contents = new List<TextSpan>();
            var cues = new List<TextSpan>();
            var sources = new List<TextSpan>();
            for (int s = 0; s < 4; s++)
            {
                string name = Names[(a + s) % Names.Length], claim = Claims[((a * 3) + s) % Claims.Length];
                text.Append("The weather was mild. ");
                sources.Add(new TextSpan(text.Length, text.Length + name.Length));
                text.Append(name).Append(' ');
                cues.Add(new TextSpan(text.Length, text.Length + 4));
                text.Append("said that ");
                contents.Add(new TextSpan(text.Length, text.Length + claim.Length));
                text.Append(claim).Append(".\n\n");
            }

            articles.Add(new PolnearArticle($"a{a}", text.ToString(), contents, cues, sources));
        }

        return articles;
    }

    private static byte[] Bytes(AttributionTagger tagger)
    {
        string path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static NewsDocument Annotate(string text, AttributionTagger tagger) => QuoteTestHelpers.Annotate(text, new QuoteStageOptions { Tagger = tagger });

    [Fact]
    public void TrainingIsDeterministic()
    {
        List<PolnearArticle> train = MadeUpArticles(12);
        Assert.Equal(Bytes(AttributionTrainer.Train(train, Small, null)), Bytes(AttributionTrainer.Train(train, Small, null)));
    }

    [Fact]
    public void TheSeedChangesTheShufflingOrderAndZeroIsTheDefault()
    {
        List<PolnearArticle> train = MadeUpArticles(12);
        byte[] defaults = Bytes(AttributionTrainer.Train(train, Small, null));
        Assert.Equal(defaults, Bytes(AttributionTrainer.Train(train, Small with { Seed = 0 }, null)));
        Assert.NotEqual(defaults, Bytes(AttributionTrainer.Train(train, Small with { Seed = 7 }, null)));
    }

    [Fact]
    public void ATrainedTaggerFindsThePatternItLearnedAndSurvivesSaveAndLoad()
    {
        AttributionTagger tagger = AttributionTrainer.Train(MadeUpArticles(16), Small, null);
        const string Text = "The weather was mild. Lena Hart said that the port would reopen next week.";
        NewsDocument document = Annotate(Text, tagger);
        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal("the port would reopen next week", Text[quote.Content[0].Start..quote.Content[0].End]);
        Assert.Equal("Lena Hart", quote.SpeakerName);

        string path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            AttributionTagger loaded = AttributionTagger.Load(path);
            NewsDocument again = Annotate(Text, loaded);
            Assert.Equal(document.Quotes.Select(q => (q.Content[0], q.Source, q.Cue)), again.Quotes.Select(q => (q.Content[0], q.Source, q.Cue)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FeatureCountsMatchWhatEachPassWrites()
    {
        NewsDocument document = QuoteTestHelpers.Annotate("Anna Berg said that the port would reopen. “We are ready,” she said.");
        DocumentView v = AttributionTrainer.Prepare(document, useEntities: false);
        var model = new AveragedPerceptron(AttributionTag.Count, 12);
        var first = new AttributionFeatures(v, CueLexicon.Empty);
        var stacked = new AttributionFeatures(first, new int[v.Count]);
        Span<int> buckets = stackalloc int[AttributionFeatures.MaxCount];
        for (int i = 0; i < v.Count; i++)
        {
            Assert.Equal(first.Count, first.Extract(i, 0, 0, model, buckets));
            Assert.Equal(stacked.Count, stacked.Extract(i, 1, 0, model, buckets));
        }

        Assert.Equal(AttributionFeatures.BaseCount, first.Count);
        Assert.Equal(AttributionFeatures.StackedCount, stacked.Count);
    }

    [Fact]
    public void CueLexiconKeepsWordsSeenAsCuesOftenEnough()
    {
        ulong said = StableHash.AddLower(StableHash.Seed, "said"), the = StableHash.AddLower(StableHash.Seed, "the"), once = StableHash.AddLower(StableHash.Seed, "touted");
        CueLexicon lexicon = CueLexicon.Build(new Dictionary<ulong, (int, int)> { [said] = (90, 100), [the] = (3, 1000), [once] = (1, 1) });
        Assert.Equal(7, lexicon.LevelOf(said));
        Assert.Equal(1, lexicon.LevelOf(the));
        Assert.Equal(0, lexicon.LevelOf(once));
        Assert.True(lexicon.LevelOf(said) >= CueLexicon.CueLevel);
    }

    [Fact]
    public void AFileOfAnotherKindOrVersionIsRefused()
    {
        string path = Path.GetTempFileName();
        try
        {
            ModelFile.Write(path, AttributionTagger.Kind, AttributionTagger.Version - 1, w => w.Write(0));
            Assert.Throws<ModelFormatException>(() => AttributionTagger.Load(path));
            ModelFile.Write(path, "something-else", AttributionTagger.Version, w => w.Write(0));
            Assert.Throws<ModelFormatException>(() => AttributionTagger.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheEmbeddedModelLoads()
    {
        AttributionTagger? tagger = AttributionTagger.Embedded;
        Assert.NotNull(tagger);
        Assert.NotNull(tagger.Stacked);
        Assert.True(tagger.Cues.Count > 100);
    }

    [SkippableFact]
    public void ABriefTrainingRunOnPolnearLearnsAttributions()
    {
        string train = SharedData.RequireData("quotes/polnear/train");
        string dev = SharedData.RequireData("quotes/polnear/dev");
        IReadOnlyList<PolnearArticle> trainArticles = [.. PolnearCorpus.Read(train).Take(120)];
        IReadOnlyList<PolnearArticle> devArticles = [.. PolnearCorpus.Read(dev).Take(20)];
        using var log = new CapturingLoggerProvider();
        AttributionTrainer.Train(trainArticles, new AttributionTrainingOptions { Epochs = 2, BucketBits = 15, UseEntities = false }, log.CreateLogger("train"), devArticles);
        string last = log.Messages.Last(l => l.Contains("dev token", StringComparison.Ordinal));
        double f1 = double.Parse(last[(last.LastIndexOf("F1 ", StringComparison.Ordinal) + 3)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(f1 > 60, $"dev token F1 {f1} after a brief run: {last}");
    }
}
