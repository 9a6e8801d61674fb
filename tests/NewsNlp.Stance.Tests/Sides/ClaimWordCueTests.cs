using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Cues that use the claim's own words: an accusation of the claim asserts it; a verdict that repeats the claim's word
/// ("a betrayal" toward "… betrayed …") restates the dispute and is not read as a side.
/// </summary>
public sealed class ClaimWordCueTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The board has betrayed the club's fans";

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("The supporters' trust accused the board of betraying the fans.")]
    [InlineData("She accuses them of betraying the fans who paid for the stand.")]
    public void An_accusation_of_the_claim_agrees_with_it(string text) => Assert.True(Score(Claim, text) > 0);

    [Fact]
    public void An_accusation_of_something_else_is_still_an_act_against_its_object() =>
        Assert.True(Score("The ferry scheme should go ahead", "The mayor accused the scheme of wasting money.") < 0);

    [Fact]
    public void A_verdict_that_repeats_the_claim_word_is_not_a_side() => Assert.Equal(0, Score(Claim, "It was a betrayal."));

    [Fact]
    public void The_same_verdict_on_another_claim_still_counts() => Assert.True(Score("The ferry scheme should go ahead", "The scheme is a betrayal.") < 0);
}
