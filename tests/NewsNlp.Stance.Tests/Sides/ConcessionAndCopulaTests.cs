using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Session 21: the point of a concession, the noun phrase a predicative verdict judges, and a linking "proved" (invented
/// sentences).
/// </summary>
public sealed class ConcessionAndCopulaTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    [Theory]
    [InlineData("Whilst I disagree with his views, it seems extraordinary to sack somebody for telling the truth.", "it seems extraordinary to sack somebody for telling the truth.")]
    [InlineData("Although the scheme means well, the sums do not add up.", "the sums do not add up.")]
    [InlineData("That, as a general rule, is right, but it's not an absolute rule.", "it's not an absolute rule.")]
    [InlineData("We oppose the plan. The council means well, but the sums do not add up.", "We oppose the plan. the sums do not add up.")]
    [InlineData("They are doing their best to keep taxes down. But rebanding will create a great deal of difficulty.", "rebanding will create a great deal of difficulty.")]
    public void The_conceded_part_is_left_out(string text, string point) => Assert.Equal(point, ConcessionPoint.Of(text));

    [Theory]
    [InlineData("It is not a mistake but a disaster for the town.")]
    [InlineData("You can hunt a rat, but not a mouse or a hare.")]
    [InlineData("That is not only unfair to drivers, but it is also illegal.")]
    [InlineData("It is a small but vital step for the town.")]
    [InlineData("Yes, but no.")]
    [InlineData("The plan is a mistake and it should go.")]
    [InlineData("I don't know whether I will stand again, but I miss the work.")]
    public void Denials_contrasts_and_plain_statements_concede_nothing(string text) => Assert.Null(ConcessionPoint.Of(text));

    private const string Article =
        "The council of Eastfield voted on Monday to close the town's swimming pool next year.\n\n"
        + "Councillor Ada Brandt said: \"Although I welcome the closure and it is the right decision for the budget, it is a huge mistake for the town.\"\n";

    [Fact]
    public void A_speaker_who_concedes_takes_the_side_of_their_point()
    {
        const string claim = "The swimming pool should close";
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [claim] });
        SpeakerStance brandt = Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Brandt", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Disagree, brandt.Label);
    }

    [Fact]
    public void A_verdict_on_the_subjects_conduct_judges_the_subject()
    {
        // "his behaviour" is out of the verdict's four-word window; the copula's noun phrase names the subject ("he"), so the
        // verdict is read against him (agreeing that he should go), not against the claim.
        var novak = new ClaimSubject(new HashSet<string> { "stefan", "novak" }, IsPerson: true, IsSpeaker: false);
        double score = Sides.Reader.Read(Sides.Frame("The coach should be sacked"), novak, "I consider his behaviour to be totally unacceptable.").Score;
        Assert.True(score > 0, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Proved_with_a_complement_is_a_link_not_a_verdict()
    {
        const string claim = "The first attempt to sell the stadium was a failure";
        SideReading reading = Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, "The report shows that the first attempt to sell the stadium proved a complete fiasco.");
        // Read as a verdict "proved" endorsed the failure's subject ("+proved"); as a link it says nothing itself.
        Assert.DoesNotContain(reading.Cues, c => c.Contains("proved", StringComparison.Ordinal));
        Assert.Contains(reading.Cues, c => c.Contains("fiasco", StringComparison.Ordinal));
    }
}
