using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>How big a speaker says a harm is, toward a claim that the harm is serious (invented sentences).</summary>
public sealed class ClaimMagnitudeTests
{
    private const string Claim = "The floods will do serious damage to the region's farms";

    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static SideReading Read(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text);

    [Theory]
    [InlineData("The impact on the dairy farms is pretty devastating.")]
    [InlineData("It will have a massive impact on growers.")]
    [InlineData("The risk to the harvest is not small.")]
    public void A_large_harm_agrees(string text) => Assert.True(Read(Claim, text).Score > 0, text);

    [Theory]
    [InlineData("The damage to the farms was minimal.")]
    [InlineData("There is little risk to the harvest.")]
    [InlineData("The effects have been greatly exaggerated.")]
    public void A_small_harm_disagrees(string text) => Assert.True(Read(Claim, text).Score < 0, text);

    [Theory]
    [InlineData("If the damage is small, the farms will reopen.")]
    [InlineData("Is the risk low?")]
    public void A_supposed_or_asked_size_takes_no_side(string text) => Assert.Equal(0, Read(Claim, text).Score);

    [Fact]
    public void A_claim_that_does_not_say_a_harm_is_serious_is_not_read() =>
        Assert.Equal(0, Read("The floods damaged the region's farms", "The damage to the farms was minimal.").Score);

    [Fact]
    public void The_claim_needs_a_size_word_before_a_harm_noun()
    {
        Assert.True(ClaimMagnitude.IsLargeHarmClaim(Sides.Frame("Windows cash machines face a serious risk from computer viruses")));
        Assert.False(ClaimMagnitude.IsLargeHarmClaim(Sides.Frame("Cash machines are at risk from viruses")));
    }
}
