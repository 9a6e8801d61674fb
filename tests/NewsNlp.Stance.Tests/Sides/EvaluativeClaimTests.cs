using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Toward a claim that judges its subject ("… is offensive"), a verdict that names nothing judges that subject; moral verdicts
/// ("shameful", "insensitive", "a misjudgement") condemn (invented sentences).
/// </summary>
public sealed class EvaluativeClaimTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("The campaign advert is offensive", true)]
    [InlineData("The new stadium is welcome", true)]
    [InlineData("The campaign advert should be withdrawn", false)]
    [InlineData("The campaign advert will cost the party votes", false)]
    public void Knows_a_claim_that_judges_its_subject(string claim, bool expected) =>
        Assert.Equal(expected, EvaluativeClaim.JudgesSubject(Sides.Frame(claim)));

    [Theory]
    [InlineData("It was deeply insensitive.")]
    [InlineData("This was a big misjudgement by the campaign team.")]
    [InlineData("Frankly it is disgraceful.")]
    public void A_condemnation_agrees_that_the_thing_is_offensive(string text) =>
        Assert.True(Score("The campaign advert is offensive", text) > 0);

    [Fact]
    public void A_condemnation_disagrees_that_the_thing_is_welcome() =>
        Assert.True(Score("The new stadium is welcome", "It is shameful.") < 0);

    [Fact]
    public void Regretting_a_decision_is_an_act_against_it() =>
        Assert.True(Score("The council should close the pool", "We regret the council's plan to close the pool.") < 0);
}
