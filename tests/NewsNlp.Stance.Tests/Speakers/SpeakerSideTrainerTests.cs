using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Speakers;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>The learned per-speaker decision: deterministic training, leave-one-article-out folds, the model file, the stage option.</summary>
public sealed class SpeakerSideTrainerTests
{
    private static readonly double[] AgreeLike = [0.7, 0.2, 0, 0.1], DisagreeLike = [0.2, 0.7, 0, 0.1], NoneLike = [0.1, 0.1, 0, 0.8];

    /// <summary>Invented gold: <paramref name="count"/> speakers of one article, each with one record.</summary>
    private static IEnumerable<SpeakerSideExample> Article(string name, double[] aggregate, StanceLabel gold, int count) =>
        Enumerable.Range(0, count).Select(i => new SpeakerSideExample("dev", name, "speaker " + i, gold, [aggregate]));

    /// <summary>Gold where the rules are right except that half their 'agree' speakers really disagree.</summary>
    private static List<SpeakerSideExample> Examples() =>
    [
        .. Article("a", AgreeLike, StanceLabel.Agree, 3), .. Article("a", DisagreeLike, StanceLabel.Disagree, 4),
        .. Article("b", AgreeLike, StanceLabel.Disagree, 3), .. Article("b", NoneLike, StanceLabel.Unrelated, 4),
        .. Article("c", DisagreeLike, StanceLabel.Disagree, 3), .. Article("c", NoneLike, StanceLabel.Unrelated, 2),
    ];

    private static string Saved(SpeakerSideModel model)
    {
        using var writer = new StringWriter();
        model.Save(writer);
        return writer.ToString();
    }

    [Fact]
    public void Training_twice_on_the_same_gold_gives_the_same_model()
    {
        string first = Saved(SpeakerSideTrainer.Train(Examples()));
        Assert.Equal(first, Saved(SpeakerSideTrainer.Train(Examples())));
        Assert.NotEqual(first, Saved(SpeakerSideTrainer.Train(Examples(), new SpeakerSideTrainingOptions { Seed = 2, Epochs = 7 })));
    }

    [Fact]
    public void The_model_learns_what_the_gold_says_of_an_aggregate()
    {
        // Disagree and no-stance aggregates are right in the gold; the rule label is kept for them.
        SpeakerSideModel model = SpeakerSideTrainer.Train(Examples());
        Assert.Equal(StanceLabel.Disagree, SpeakerSideModel.LabelOf(model.Apply(DisagreeLike)));
        Assert.Equal(StanceLabel.Unrelated, SpeakerSideModel.LabelOf(model.Apply(NoneLike)));

        // Gold that always says disagree where the rules say agree turns agree into disagree.
        SpeakerSideModel flipped = SpeakerSideTrainer.Train([.. Article("x", AgreeLike, StanceLabel.Disagree, 10), .. Article("y", DisagreeLike, StanceLabel.Agree, 10)]);
        Assert.Equal(StanceLabel.Disagree, SpeakerSideModel.LabelOf(flipped.Apply(AgreeLike)));
        Assert.Equal(StanceLabel.Agree, SpeakerSideModel.LabelOf(flipped.Apply(DisagreeLike)));
        double[] p = flipped.Apply(AgreeLike);
        Assert.Equal(1, p.Sum(), 9);
        Assert.Equal(0, p[(int)StanceLabel.Discuss]);
    }

    [Fact]
    public void Cross_validation_never_trains_on_the_article_it_scores()
    {
        // What article x teaches is the opposite of what article y holds, and back: any leak would score some right.
        List<SpeakerSideExample> examples = [.. Article("x", AgreeLike, StanceLabel.Disagree, 10), .. Article("y", AgreeLike, StanceLabel.Agree, 10)];
        SpeakerSideScore score = SpeakerSideTrainer.CrossValidate(examples);
        Assert.Equal(0, score.Right);
        Assert.Equal(20, score.Total);
        Assert.Equal((0, 20), score.BySplit["dev"]);
    }

    [Fact]
    public void A_speaker_without_a_record_is_never_right_and_a_record_with_a_side_wins()
    {
        SpeakerSideModel model = SpeakerSideTrainer.Train(Examples());
        Assert.Null(SpeakerSideTrainer.Decide(model, []));
        Assert.Equal(StanceLabel.Disagree, SpeakerSideTrainer.Decide(model, [NoneLike, DisagreeLike]));
        SpeakerSideScore rules = SpeakerSideTrainer.Score([new SpeakerSideExample("real-dev", "z", "nobody", StanceLabel.Agree, []), .. Article("z", AgreeLike, StanceLabel.Agree, 1)], null);
        Assert.Equal((1, 2), (rules.Right, rules.Total));
        Assert.Equal((0, 1), rules.BySplit["real-dev"]);
        Assert.Equal((1, 1), rules.BySplit["dev"]);
    }

    [Fact]
    public void A_saved_model_reads_back_the_same_and_other_text_is_refused()
    {
        SpeakerSideModel model = SpeakerSideTrainer.Train(Examples());
        string text = Saved(model);
        SpeakerSideModel read = SpeakerSideModel.Load(new StringReader(text));
        Assert.Equal(text, Saved(read));
        Assert.Equal(model.Apply(AgreeLike), read.Apply(AgreeLike));
        Assert.Throws<FormatException>(() => SpeakerSideModel.Load(new StringReader("kind\tsign\tphrase\n")));
        Assert.Throws<FormatException>(() => SpeakerSideModel.Load(new StringReader(text.Replace("none\t", "nothing\t", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_stage_uses_a_given_model_and_the_rules_without_one()
    {
        const string claim = "The council should close the central library";
        const string text = "The council wants to close the central library.\n\n\"Closing the library would be a terrible mistake,\" said Tomas Berg, who has used it for forty years.";

        // A model that says agree whatever the aggregate.
        SpeakerSideModel alwaysAgree = SpeakerSideModel.Load(new StringReader(
            "# newsnlp speaker-side model, format 1\nbias\t10\t0\t0\nagree\t0\t0\t0\ndisagree\t0\t0\t0\nnone\t0\t0\t0\n"));
        SpeakerStance Berg(SpeakerSideModel? model)
        {
            NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddStance(o => o.SpeakerSide = model).Build();
            NewsDocument doc = pipeline.Process(text, new DocumentMetadata { StanceTargets = [claim] });
            return Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Berg", StringComparison.Ordinal));
        }

        SpeakerStance rules = Berg(null);
        Assert.Equal(StanceLabel.Disagree, rules.Label);
        SpeakerStance learned = Berg(alwaysAgree);
        Assert.Equal(StanceLabel.Agree, learned.Label);
        Assert.True(learned.Agree > 0.99);
        Assert.Equal(rules.EvidenceQuoteIds.Order(), learned.EvidenceQuoteIds.Order());
    }
}
