using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>What someone is accused of judges them, not the claim (invented sentences).</summary>
public sealed class AccusationVerdictTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static SideReading Read(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text);

    [Fact]
    public void A_verdict_that_others_are_accused_of_says_nothing_of_the_claim() =>
        Assert.Equal(0, Read("The stadium tax will pay for the new ground", "accused the council and its officers of telling lies about the budget").Score);

    [Fact]
    public void A_verdict_the_claims_subject_is_accused_of_judges_the_subject()
    {
        // "The mayor misled the council" is against the mayor: accusing the mayor of lies agrees.
        SideReading reading = Read("The mayor misled the council", "accused the mayor of telling lies");
        Assert.True(reading.Score > 0);
        Assert.Contains("+lies", reading.Cues);
    }

    [Fact]
    public void A_verdict_outside_an_accusation_still_judges_the_claim() =>
        Assert.True(Read("The stadium tax will pay for the new ground", "The idea that the tax will pay for the ground is a lie.").Score < 0);

    [Fact]
    public void A_verdict_in_a_coordinated_accusation_is_still_what_they_are_accused_of() =>
        // "… of telling lies about Tory policies and then attacking the lies": the second "lies" is the accusation's too.
        Assert.Equal(0, Read("The stadium tax will pay for the new ground", "accused the council and its officers of hiding the report and then attacking the lies").Score);

    [Fact]
    public void A_verdict_in_a_coordinated_accusation_of_the_subject_judges_the_subject() =>
        Assert.Contains("+lies", Read("The mayor misled the council", "accused the mayor of hiding the report and then telling lies").Cues);
}
