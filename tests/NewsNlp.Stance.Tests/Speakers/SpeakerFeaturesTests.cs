using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>
/// The stage's per-speaker features for the diagnostic <c>newsnlp stance-features</c> and the combiners it measures
/// (invented text and numbers).
/// </summary>
public sealed class SpeakerFeaturesTests
{
    private const string Claim = "The council should close the swimming pool";

    private const string Text = "Westbay council will vote next week on closing the town's swimming pool.\n\n"
        + "\"Closing the swimming pool would be a disgrace,\" union leader Petra Lind said.\n\n"
        + "\"The pool loses money every week and the building is falling apart,\" council treasurer Omar Reid said.\n\n"
        + "Local swimmer Dana Holt said: \"Families here have used the pool for forty years.\"\n";

    private static (NewsDocument Document, List<SpeakerFeatureRow> Rows) Run()
    {
        var rows = new List<SpeakerFeatureRow>();
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddStance(o => o.FeatureSink = rows.Add).Build();
        NewsDocument document = pipeline.Process(Text, new DocumentMetadata { StanceTargets = [Claim] });
        return (document, rows);
    }

    private static SpeakerFeatureRow Of(NewsDocument document, List<SpeakerFeatureRow> rows, string name) =>
        Assert.Single(rows, r => document.Speakers.Single(s => s.Id == r.SpeakerId).CanonicalName.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void Each_speaker_with_a_stance_record_gets_one_row_with_the_stages_final_decision()
    {
        (NewsDocument document, List<SpeakerFeatureRow> rows) = Run();
        IReadOnlyList<SpeakerStance> stances = document.SpeakerStances(Claim);
        Assert.Equal(stances.Select(s => s.SpeakerId).Order(), rows.Select(r => r.SpeakerId).Order());
        foreach (SpeakerFeatureRow row in rows)
        {
            Assert.Equal(SpeakerFeatures.Names.Length, row.Values.Length);
            SpeakerStance stance = stances.Single(s => s.SpeakerId == row.SpeakerId);
            Assert.Equal(stance.Label, row.RuleLabel);
            Assert.Equal(stance[stance.Label], row.RuleConfidence, 9);
            Assert.Equal(Claim, row.Target);
        }
    }

    [Fact]
    public void A_verdict_on_the_claim_is_a_cue_decided_disagreement_and_the_cue_parts_add_up()
    {
        (NewsDocument document, List<SpeakerFeatureRow> rows) = Run();
        SpeakerFeatureRow lind = Of(document, rows, "Lind");
        Assert.Equal("cue", lind.Decider);
        Assert.Equal(StanceLabel.Disagree, lind.RuleLabel);
        Assert.True(lind.Values[SpeakerFeatures.Index("cue_sum")] < 0);
        Assert.True(lind.Values[SpeakerFeatures.Index("composed_votes")] < 0);
        Assert.Equal(lind.Values[SpeakerFeatures.Index("cue_sum")], new[] { "act_sum", "verdict_sum", "removal_sum", "other_cue_sum" }.Sum(f => lind.Values[SpeakerFeatures.Index(f)]), 9);
        Assert.Equal(1, lind.Values[SpeakerFeatures.Index("rule_disagree")]);
    }

    [Fact]
    public void A_speaker_without_a_cue_is_left_to_the_quote_model_and_a_combiner_may_overrule_them()
    {
        (NewsDocument document, List<SpeakerFeatureRow> rows) = Run();
        SpeakerFeatureRow holt = Of(document, rows, "Holt");
        Assert.Equal(0, holt.Values[SpeakerFeatures.Index("cue_sum")]);
        Assert.Contains(holt.Decider, new[] { "model", "none" });
        Assert.True(SpeakerCombiners.IsNoCue(holt));
        Assert.False(SpeakerCombiners.IsNoCue(Of(document, rows, "Lind")));
    }

    [Fact]
    public void The_sink_does_not_change_what_the_stage_writes()
    {
        (NewsDocument withSink, _) = Run();
        NewsDocument without = StanceTestPipeline.Default.Process(Text, new DocumentMetadata { StanceTargets = [Claim] });
        Assert.Equal(
            without.Stances.Select(s => (s.QuoteId, s.SpeakerId, s.Label, string.Join(",", s.Probabilities), string.Join(",", s.DrivingWords))),
            withSink.Stances.Select(s => (s.QuoteId, s.SpeakerId, s.Label, string.Join(",", s.Probabilities), string.Join(",", s.DrivingWords))));
    }

    private static SpeakerFeatureRow Row(StanceLabel rule, double confidence, string decider, double qMargin = 0, double neutral = 0)
    {
        var values = new double[SpeakerFeatures.Names.Length];
        values[SpeakerFeatures.Index("q_margin")] = qMargin;
        values[SpeakerFeatures.Index("max_related")] = 0.8;
        values[SpeakerFeatures.Index("neutral_quotes")] = neutral;
        return new SpeakerFeatureRow(1, Claim, values) { RuleLabel = rule, RuleConfidence = confidence, Decider = decider };
    }

    [Fact]
    public void The_scorers_pick_is_a_record_with_a_side_first_and_a_speaker_without_a_record_is_never_right()
    {
        var speaker = new GoldSpeakerRows("dev", "a", "Dana Holt", StanceLabel.Disagree,
            [Row(StanceLabel.Unrelated, 0.9, "none"), Row(StanceLabel.Disagree, 0.55, "model"), Row(StanceLabel.Agree, 0.52, "model")]);
        Assert.Equal(StanceLabel.Disagree, SpeakerCombiners.Pick(speaker, null).Label);
        var missing = new GoldSpeakerRows("dev", "a", "Nobody", StanceLabel.Unrelated, []);
        Assert.Equal(new Dictionary<string, int> { ["dev"] = 1 }, SpeakerCombiners.Score([speaker, missing], null));
    }

    [Fact]
    public void A_speaker_who_declines_in_a_quote_is_not_a_no_cue_speaker()
    {
        Assert.True(SpeakerCombiners.IsNoCue(Row(StanceLabel.Agree, 0.6, "model")));
        Assert.False(SpeakerCombiners.IsNoCue(Row(StanceLabel.Unrelated, 0.6, "none", neutral: 1)));
        Assert.False(SpeakerCombiners.IsNoCue(Row(StanceLabel.Agree, 0.6, "camp")));
    }

    private static List<GoldSpeakerRows> Invented()
    {
        // Two invented "splits" where the no-cue speakers' gold follows q_margin's sign, and gold-none speakers have it near 0.
        var speakers = new List<GoldSpeakerRows>();
        for (int i = 0; i < 60; i++)
        {
            double margin = ((i % 7) - 3) / 4.0;
            StanceLabel gold = i % 5 == 0 ? StanceLabel.Unrelated : margin >= 0 ? StanceLabel.Agree : StanceLabel.Disagree;
            SpeakerFeatureRow row = Row(StanceLabel.Agree, 0.6, "model", qMargin: gold == StanceLabel.Unrelated ? 0.01 * (i % 3) : margin + (margin >= 0 ? 0.1 : -0.1));
            row.Values[SpeakerFeatures.Index("max_related")] = gold == StanceLabel.Unrelated ? 0.55 : 0.9;
            speakers.Add(new GoldSpeakerRows(i % 2 == 0 ? "s1" : "s2", "a" + i, "Speaker " + i, gold, [row]));
        }

        return speakers;
    }

    [Fact]
    public void The_combiner_learns_the_no_cue_side_and_round_trips_through_its_text_format()
    {
        List<GoldSpeakerRows> speakers = Invented();
        SpeakerSideCombiner combiner = SpeakerCombiners.Train(speakers, seed: 1);
        int learned = SpeakerCombiners.Score(speakers, SpeakerCombiners.Apply(combiner)).Values.Sum();
        int rules = SpeakerCombiners.Score(speakers, null).Values.Sum();
        Assert.True(learned > rules, $"learned {learned}, rules {rules}");

        var text = new StringWriter();
        combiner.Save(text);
        SpeakerSideCombiner loaded = SpeakerSideCombiner.Load(new StringReader(text.ToString()));
        foreach (GoldSpeakerRows s in speakers)
        {
            Assert.Equal(combiner.Predict(s.Records[0].Values), loaded.Predict(s.Records[0].Values));
        }

        var again = new StringWriter();
        SpeakerCombiners.Train(speakers, seed: 1).Save(again);
        Assert.Equal(text.ToString(), again.ToString());   // deterministic
    }

    [Fact]
    public void A_combiner_file_with_other_features_is_refused()
    {
        string text = "# newsnlp speaker-side combiner, format 1\nfeature\tquotes\tsomething_else\n";
        Assert.Throws<FormatException>(() => SpeakerSideCombiner.Load(new StringReader(text)));
    }

    [Fact]
    public void Leave_one_split_out_scores_each_split_with_a_combiner_trained_on_the_others()
    {
        List<GoldSpeakerRows> speakers = Invented();
        var seen = new List<string>();
        var candidate = new SpeakerCombiners.Candidate("test", training =>
        {
            seen.Add(string.Join(",", training.Select(t => t.Split).Distinct().Order()));
            return _ => (StanceLabel.Agree, 0.6);
        });
        Dictionary<string, int> right = SpeakerCombiners.LeaveOneSplitOut(speakers, candidate);
        Assert.Equal(["s2", "s1"], seen);
        Assert.Equal(speakers.Count(s => s.Split == "s1" && s.Gold == StanceLabel.Agree), right["s1"]);
    }
}
