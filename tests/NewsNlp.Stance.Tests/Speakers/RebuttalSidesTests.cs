using NewsNlp.Documents;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>"But Y said …" answers the speaker quoted before: a speaker with no stance takes the other side (invented text).</summary>
public sealed class RebuttalSidesTests
{

    private const string Claim = "The new runway will create jobs";

    private const string Article =
        "Norbury airport has asked the government for permission to build a second runway.\n\n"
        + "Airport chief executive Helen Marsh said the new runway would create 3,000 jobs in the region. \"The new runway will create jobs for "
        + "thousands of families,\" she said.\n\n"
        + "But Norbury resident Victor Lang said: \"I have lived under the flight path for forty years and I know what noise is.\"\n";

    [Fact]
    public void A_but_sentence_links_its_speaker_to_the_speaker_quoted_before()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [Claim] });
        Speaker marsh = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Marsh", StringComparison.Ordinal));
        Speaker lang = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Lang", StringComparison.Ordinal));
        Assert.Contains((marsh.Id, lang.Id), RebuttalSides.Links(doc));
        Assert.DoesNotContain((lang.Id, marsh.Id), RebuttalSides.Links(doc));
    }

    [Fact]
    public void A_speaker_whose_words_do_not_address_the_claim_takes_the_side_opposite_the_one_they_answer()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [Claim] });
        IReadOnlyList<SpeakerStance> stances = doc.SpeakerStances(Claim);
        SpeakerStance marsh = Assert.Single(stances, s => s.SpeakerName.Contains("Marsh", StringComparison.Ordinal));
        SpeakerStance lang = Assert.Single(stances, s => s.SpeakerName.Contains("Lang", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, marsh.Label);
        Assert.Equal(StanceLabel.Disagree, lang.Label);
        Assert.Contains(RebuttalSides.Cue, doc.Stances.Single(a => a.SpeakerId == lang.SpeakerId && a.Target == Claim).DrivingWords);
        Assert.True(lang.Disagree > lang.Unrelated && lang.Disagree > lang.Agree);
    }

    [Fact]
    public void Without_a_contrast_opening_there_is_no_link()
    {
        string text = Article.Replace("But Norbury resident", "Norbury resident", StringComparison.Ordinal);
        NewsDocument doc = StanceTestPipeline.Default.Process(text, new DocumentMetadata { StanceTargets = [Claim] });
        Assert.Empty(RebuttalSides.Links(doc));
        SpeakerStance lang = Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains("Lang", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Unrelated, lang.Label);
    }

    [Fact]
    public void Only_speakers_with_no_stance_take_a_side_and_only_from_one_sided_links()
    {
        var labels = new Dictionary<int, StanceLabel>
        {
            [1] = StanceLabel.Agree, [2] = StanceLabel.Unrelated, [3] = StanceLabel.Disagree, [4] = StanceLabel.Unrelated,
            [5] = StanceLabel.Agree, [6] = StanceLabel.Unrelated, [7] = StanceLabel.Unrelated,
        };
        (int, int)[] links = [(1, 2), (3, 4), (5, 4), (1, 3), (6, 7)];
        Dictionary<int, (StanceLabel Side, int Other)> sides = RebuttalSides.Sides(links, labels);
        Assert.Equal((StanceLabel.Disagree, 1), sides[2]);   // answers an agreeing speaker
        Assert.False(sides.ContainsKey(4));                    // answers both sides: no side
        Assert.False(sides.ContainsKey(3));                    // has a side: kept
        Assert.False(sides.ContainsKey(6));                    // linked only to a speaker with no stance
        Assert.False(sides.ContainsKey(7));
    }
}
