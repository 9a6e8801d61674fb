using NewsNlp.Documents;
using NewsNlp.Stance.Speakers;

namespace NewsNlp.Stance.Tests.Speakers;

public sealed class SpeakerStanceAggregatorTests
{
    private static (int, IReadOnlyList<double>) Q(int id, double agree, double disagree, double discuss, double unrelated) =>
        (id, [agree, disagree, discuss, unrelated]);

    [Fact]
    public void Unrelated_quotes_are_ignored_and_the_related_one_decides()
    {
        var (label, p, evidence) = SpeakerStanceAggregator.Aggregate([Q(1, 0.01, 0.01, 0.01, 0.97), Q(2, 0.05, 0.6, 0.05, 0.3), Q(3, 0.0, 0.0, 0.02, 0.98)]);

        Assert.Equal(StanceLabel.Disagree, label);
        Assert.Equal([2], evidence);
        Assert.Equal(1.0, p.Sum(), 6);
        Assert.Equal(0.3, p[(int)StanceLabel.Unrelated], 6);
    }

    [Fact]
    public void No_stance_only_when_no_quote_addresses_the_target()
    {
        var (label, p, evidence) = SpeakerStanceAggregator.Aggregate([Q(1, 0.05, 0.05, 0.1, 0.8), Q(2, 0.02, 0.02, 0.02, 0.94)]);

        Assert.Equal(StanceLabel.Unrelated, label);
        Assert.Empty(evidence);
        Assert.Equal(1.0, p.Sum(), 6);
        Assert.True(p[(int)StanceLabel.Unrelated] > 0.8);
    }

    [Fact]
    public void More_related_quotes_weigh_more_and_evidence_is_strongest_first()
    {
        // Quote 5 agrees weakly related, quote 6 disagrees and is clearly about the target.
        var (label, _, evidence) = SpeakerStanceAggregator.Aggregate([Q(5, 0.45, 0.02, 0.03, 0.5), Q(6, 0.05, 0.85, 0.05, 0.05)]);

        Assert.Equal(StanceLabel.Disagree, label);
        Assert.Equal([6, 5], evidence);
    }

    [Fact]
    public void A_speaker_whose_words_address_the_claim_takes_the_larger_side_however_small()
    {
        Assert.Equal(StanceLabel.Agree, SpeakerStanceAggregator.Aggregate([Q(1, 0.25, 0.05, 0.7, 0.0)]).Label);
        Assert.Equal(StanceLabel.Agree, SpeakerStanceAggregator.Aggregate([Q(1, 0.03, 0.02, 0.95, 0.0)]).Label);
        Assert.Equal(StanceLabel.Disagree, SpeakerStanceAggregator.Aggregate([Q(1, 0.01, 0.04, 0.95, 0.0)]).Label);
        Assert.Equal(StanceLabel.Unrelated, SpeakerStanceAggregator.Aggregate([Q(1, 0.0, 0.0, 1.0, 0.0)]).Label);
    }

    [Theory]
    [InlineData(0.25, 0.05, 0.7, 0.0)]
    [InlineData(0.03, 0.02, 0.95, 0.0)]
    [InlineData(0.01, 0.04, 0.45, 0.5)]
    [InlineData(0.3, 0.3, 0.2, 0.2)]
    [InlineData(0.02, 0.02, 0.02, 0.94)]
    public void The_label_is_the_argmax_of_the_speakers_probabilities_and_discuss_is_no_side(double agree, double disagree, double discuss, double unrelated)
    {
        var (label, p, evidence) = SpeakerStanceAggregator.Aggregate([Q(1, agree, disagree, discuss, unrelated), Q(2, agree / 2, disagree / 2, discuss / 2, 1 - ((agree + disagree + discuss) / 2))]);

        Assert.Equal(1.0, p.Sum(), 9);
        Assert.Equal(0, p[(int)StanceLabel.Discuss]);
        Assert.Equal(p.Max(), p[(int)label]);
        Assert.Equal(label == StanceLabel.Unrelated, evidence.Count == 0);
    }

    [Fact]
    public void Empty_input_has_no_stance()
    {
        var (label, p, evidence) = SpeakerStanceAggregator.Aggregate([]);
        Assert.Equal(StanceLabel.Unrelated, label);
        Assert.Empty(evidence);
        Assert.Equal(1.0, p.Sum(), 6);
    }
}

public sealed class QuoteInContextTests
{
    [Fact]
    public void A_more_related_sentence_lends_its_relatedness_and_shares_by_weight()
    {
        var quote = new StancePrediction([0.01, 0.08, 0.01, 0.9]);       // relatedness 0.1, leans disagree
        var context = new StancePrediction([0.1, 0.5, 0.2, 0.2]) { DrivingWords = ["rejected"] };   // relatedness 0.8
        StancePrediction p = NewsNlp.Stance.Pipeline.StanceStage.InContext(quote, context);

        Assert.Equal(0.8, p.Relatedness, 6);
        Assert.Equal(StanceLabel.Disagree, p.Label);
        Assert.Equal(0.8 * (0.08 + 0.5) / 0.9, p[StanceLabel.Disagree], 6);
        Assert.Equal(["rejected"], p.DrivingWords);
    }

    [Fact]
    public void A_less_related_sentence_changes_nothing()
    {
        var quote = new StancePrediction([0.6, 0.1, 0.1, 0.2]);
        Assert.Same(quote, NewsNlp.Stance.Pipeline.StanceStage.InContext(quote, new StancePrediction([0.1, 0.1, 0.1, 0.7])));
    }
}
